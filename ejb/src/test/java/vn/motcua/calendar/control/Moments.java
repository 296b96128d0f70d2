package vn.motcua.calendar.control;

import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Office clock times as the tests write them: "13/02/2026 14:00" in Vietnam. */
final class Moments {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss][.SSS]");

    private Moments() {
    }

    static Instant at(String dayAndTime) {
        return LocalDateTime.parse(dayAndTime, VIETNAMESE).atZone(Clocks.VIETNAM).toInstant();
    }
}

package vn.motcua.dossier.control;

import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Times and dates as the forms print them, always in Vietnam's time whatever zone the server runs in. */
public final class FormTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm, 'ngày' dd/MM/yyyy")
            .withZone(Clocks.VIETNAM);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormTimes() {
    }

    /** "14:35, ngày 02/03/2026"; null (a time not yet known) prints as nothing. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "02/03/2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The calendar day of an instant in Vietnam, for the "…, ngày … tháng … năm …" line. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Clocks.VIETNAM);
    }
}

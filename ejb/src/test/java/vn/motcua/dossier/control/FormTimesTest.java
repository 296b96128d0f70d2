package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormTimesTest {

    @Test
    void printsTimesInVietnamWhateverTheServerZone() {
        assertEquals("14:35, ngày 02/03/2026", FormTimes.time(Instant.parse("2026-03-02T07:35:00Z")));
        assertEquals("01:30, ngày 04/03/2026", FormTimes.time(Instant.parse("2026-03-03T18:30:00Z")));
        assertEquals(LocalDate.of(2026, 3, 4), FormTimes.day(Instant.parse("2026-03-03T18:30:00Z")));
        assertEquals("", FormTimes.time(null));
        assertEquals("09/12/2025", FormTimes.date(LocalDate.of(2025, 12, 9)));
    }
}

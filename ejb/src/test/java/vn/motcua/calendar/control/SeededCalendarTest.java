package vn.motcua.calendar.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The breaks and make-up days of 2024-2026 as announced, against the calendar migration V3 seeds. */
class SeededCalendarTest {

    private static final CalendarSnapshot CALENDAR = SeededCalendar.national();

    @ParameterizedTest(name = "off {0} to {1}, back at work {2}")
    @CsvSource({
            // first day off, last day off, next working day
            "2024-01-01, 2024-01-01, 2024-01-02",
            "2024-02-08, 2024-02-14, 2024-02-15",
            "2024-04-18, 2024-04-18, 2024-04-19",
            "2024-04-27, 2024-05-01, 2024-05-02",
            "2024-08-31, 2024-09-03, 2024-09-04",
            "2025-01-01, 2025-01-01, 2025-01-02",
            "2025-01-25, 2025-02-02, 2025-02-03",
            "2025-04-05, 2025-04-07, 2025-04-08",
            "2025-04-30, 2025-05-04, 2025-05-05",
            "2025-08-30, 2025-09-02, 2025-09-03",
            "2026-01-01, 2026-01-04, 2026-01-05",
            "2026-02-14, 2026-02-22, 2026-02-23",
            "2026-04-25, 2026-04-27, 2026-04-28",
            "2026-04-30, 2026-05-03, 2026-05-04",
    })
    void breaks(LocalDate firstOff, LocalDate lastOff, LocalDate backAtWork) {
        for (LocalDate day = firstOff; !day.isAfter(lastOff); day = day.plusDays(1)) {
            assertFalse(CALENDAR.isWorkingDay(day), day + " is a day off");
        }
        assertTrue(CALENDAR.isWorkingDay(backAtWork));
    }

    @ParameterizedTest
    @CsvSource({"2024-05-04", "2025-04-26", "2026-01-10", "2024-02-07", "2025-01-24", "2026-02-13", "2026-04-29"})
    void workingDays(LocalDate day) {
        assertTrue(CALENDAR.isWorkingDay(day));
    }
}

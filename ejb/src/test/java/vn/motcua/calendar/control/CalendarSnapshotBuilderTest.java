package vn.motcua.calendar.control;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.entity.StatutoryDuration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.calendar.control.Moments.at;

class CalendarSnapshotBuilderTest {

    private static CalendarSnapshotBuilder weekdays() {
        CalendarSnapshotBuilder builder = CalendarSnapshot.builder().covering(2026, 2026);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                builder.workingPeriod(day, LocalTime.of(7, 30), LocalTime.of(11, 30))
                        .workingPeriod(day, LocalTime.of(13, 0), LocalTime.of(17, 0));
            }
        }
        return builder;
    }

    @Test
    void anAgencyMayAlsoWorkOnSaturdayMornings() {
        CalendarSnapshot calendar = weekdays()
                .workingPeriod(DayOfWeek.SATURDAY, LocalTime.of(7, 30), LocalTime.of(11, 30)).build();
        // Fri 16:00-17:00, Sat 07:30-11:30, then 3 h on Monday
        assertEquals(at("16/03/2026 10:30"),
                new DeadlineEngine(calendar).due(at("13/03/2026 16:00"), StatutoryDuration.workingDays(1)));
    }

    @Test
    void refusesCalendarsThatDoNotFitTogether() {
        assertThrows(IllegalArgumentException.class,
                () -> weekdays().workingPeriod(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(12, 0)).build());
        assertThrows(IllegalArgumentException.class,
                () -> weekdays().dayOff(LocalDate.of(2026, 1, 10)).makeUpWorkday(LocalDate.of(2026, 1, 10), DayOfWeek.FRIDAY).build());
        assertThrows(IllegalArgumentException.class, () -> weekdays().dayOff(LocalDate.of(2027, 1, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> CalendarSnapshot.builder().covering(2026, 2026).build());
        assertThrows(IllegalStateException.class,
                () -> CalendarSnapshot.builder().workingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0)).build());
    }

    @Test
    void refusesAZoneThatChangesItsOffsetWithinTheYears() {
        assertThrows(IllegalArgumentException.class, () -> weekdays().zone(ZoneId.of("Europe/Paris")).build());
    }
}

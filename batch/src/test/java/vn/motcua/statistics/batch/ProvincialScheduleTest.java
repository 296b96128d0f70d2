package vn.motcua.statistics.batch;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.control.CalendarSnapshot;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the monthly reports start by themselves. */
class ProvincialScheduleTest {

    @Test
    void theFirstWorkingDayOrTheDayNamedOrNever() {
        var builder = CalendarSnapshot.builder().covering(2026, 2026);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                builder.workingPeriod(day, java.time.LocalTime.of(7, 30), java.time.LocalTime.of(17, 0));
            }
        }
        CalendarSnapshot calendar = builder.build();
        // 1 November 2026 is a Sunday: Monday the 2nd is the first working day
        assertFalse(ProvincialSchedule.isReportDay("first-working-day", LocalDate.of(2026, 11, 1), calendar));
        assertTrue(ProvincialSchedule.isReportDay("first-working-day", LocalDate.of(2026, 11, 2), calendar));
        assertFalse(ProvincialSchedule.isReportDay("first-working-day", LocalDate.of(2026, 11, 3), calendar));
        assertTrue(ProvincialSchedule.isReportDay("day-5", LocalDate.of(2026, 11, 5), calendar));
        assertFalse(ProvincialSchedule.isReportDay("off", LocalDate.of(2026, 11, 2), calendar));
    }

    @Test
    void aPeriodTravelsThroughTheJobParametersUnchanged() {
        for (String[] period : new String[][]{{"MONTH", "2026-03"}, {"QUARTER", "2026-4"}, {"YEAR", "2026"}}) {
            vn.motcua.statistics.boundary.ReportPeriod read = vn.motcua.statistics.boundary.ReportPeriod.of(period[0], period[1]);
            org.junit.jupiter.api.Assertions.assertEquals(period[1], JobSettings.valueOf(read));
        }
    }
}

package vn.motcua.calendar.control;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.entity.WorkingCalendar;
import vn.motcua.shared.boundary.BusinessException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeeklyHoursTest {

    private static Map<DayOfWeek, String> week(String weekdays, String saturday) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? weekdays : day == DayOfWeek.SATURDAY ? saturday : "");
        }
        return week;
    }

    @Test
    void aWrittenWeekReplacesTheOldOne() {
        WorkingCalendar calendar = WorkingCalendar.national("Lịch làm việc");
        WeeklyHours.apply(calendar, week("7:30-11:30, 13:00-17:00", "07:30 - 11:30"));
        assertEquals(2, calendar.periodsOn(DayOfWeek.MONDAY).size());
        assertEquals(LocalTime.of(7, 30), calendar.periodsOn(DayOfWeek.SATURDAY).get(0).getStart());
        assertTrue(calendar.periodsOn(DayOfWeek.SUNDAY).isEmpty());
        assertEquals("07:30-11:30, 13:00-17:00", WeeklyHours.describe(calendar).get(DayOfWeek.FRIDAY));
    }

    @Test
    void typosAndOverlapsChangeNothing() {
        WorkingCalendar calendar = WorkingCalendar.national("Lịch làm việc");
        WeeklyHours.apply(calendar, week("07:30-11:30", ""));
        assertEquals("calendar.periodInvalid",
                assertThrows(BusinessException.class, () -> WeeklyHours.apply(calendar, week("7h30-11h30", ""))).getMessageKey());
        assertEquals("calendar.periodInvalid",
                assertThrows(BusinessException.class, () -> WeeklyHours.apply(calendar, week("11:30-07:30", ""))).getMessageKey());
        assertEquals("calendar.periodsOverlap", assertThrows(BusinessException.class,
                () -> WeeklyHours.apply(calendar, week("07:30-11:30, 11:00-17:00", ""))).getMessageKey());
        assertEquals("calendar.weekEmpty",
                assertThrows(BusinessException.class, () -> WeeklyHours.apply(calendar, week("", ""))).getMessageKey());
        assertEquals("07:30-11:30", WeeklyHours.describe(calendar).get(DayOfWeek.MONDAY), "unchanged");
    }
}

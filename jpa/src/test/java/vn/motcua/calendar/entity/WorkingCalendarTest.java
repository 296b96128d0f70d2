package vn.motcua.calendar.entity;

import org.junit.jupiter.api.Test;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    @Test
    void keepsThePeriodsOfADayInOrderAndRefusesOverlaps() {
        WorkingCalendar calendar = WorkingCalendar.national("Lịch chung");
        calendar.workOn(MONDAY, at(13, 0), at(17, 0));
        calendar.workOn(MONDAY, at(7, 30), at(11, 30));
        calendar.workOn(SATURDAY, at(7, 30), at(11, 30));
        assertEquals(List.of(at(7, 30), at(13, 0)), calendar.periodsOn(MONDAY).stream().map(WorkingPeriod::getStart).toList());
        assertThrows(IllegalArgumentException.class, () -> calendar.workOn(MONDAY, at(11, 0), at(13, 30)));
        assertThrows(IllegalArgumentException.class, () -> calendar.workOn(MONDAY, at(17, 0), at(16, 0)));
        calendar.workOn(MONDAY, at(11, 30), at(12, 0));
        calendar.restOn(SATURDAY);
        assertTrue(calendar.periodsOn(SATURDAY).isEmpty());
        assertEquals(3, calendar.getWorkingPeriods().size());
    }

    @Test
    void theNationalDefaultAndAnAgencysCalendarAreIdentifiedByCode() {
        Agency province = new Agency("H38", "UBND tỉnh", AgencyKind.PROVINCE, null, LocalDate.of(2020, 1, 1));
        WorkingCalendar own = WorkingCalendar.forAgency(province, "Giờ làm việc tỉnh");
        assertEquals("H38", own.getCode());
        assertFalse(own.isNational());
        assertTrue(WorkingCalendar.national("Lịch chung").isNational());
        assertEquals(WorkingCalendar.NATIONAL_CODE, WorkingCalendar.national("Lịch chung").getCode());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.national(" "));
    }

    @Test
    void aMakeUpWorkdayIsAWeekendDayWorkedAsAWeekday() {
        MakeUpWorkday saturday = new MakeUpWorkday(LocalDate.of(2024, 5, 4), "Làm bù", MONDAY);
        assertEquals(MONDAY, saturday.getWorksAs());
        assertThrows(IllegalArgumentException.class,
                () -> new MakeUpWorkday(LocalDate.of(2024, 5, 3), "Làm bù", MONDAY));
        assertThrows(IllegalArgumentException.class,
                () -> new MakeUpWorkday(LocalDate.of(2024, 5, 4), "Làm bù", DayOfWeek.SUNDAY));
    }

    @Test
    void daysOffAreEqualByDate() {
        Holiday tet = new Holiday(LocalDate.of(2026, 2, 16), "Tết Nguyên đán", HolidayKind.PUBLIC_HOLIDAY);
        assertEquals(tet, new Holiday(LocalDate.of(2026, 2, 16), "Tết", HolidayKind.COMPENSATORY_DAY_OFF));
        assertThrows(IllegalArgumentException.class, () -> tet.rename(""));
    }
}

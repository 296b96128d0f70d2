package vn.motcua.calendar.boundary;

import java.time.LocalDate;

/** A day off or a make-up workday as the calendar screen lists it. */
public record DayOffDto(long id, LocalDate date, String name, String kind) {

    /** kind of a make-up workday (the others are HolidayKind names). */
    public static final String MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY";
}

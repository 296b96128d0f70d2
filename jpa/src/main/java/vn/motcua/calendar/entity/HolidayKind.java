package vn.motcua.calendar.entity;

/**
 * Why a day is off. Labour Code 2019 Art. 112 lists the public holidays; Art. 111(3) gives the next
 * working day off when a holiday falls on a weekly rest day, and the Prime Minister's yearly notice
 * may swap a working day for a Saturday; both of those are compensatory days off.
 */
public enum HolidayKind {
    PUBLIC_HOLIDAY,
    COMPENSATORY_DAY_OFF
}

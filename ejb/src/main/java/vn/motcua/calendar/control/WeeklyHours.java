package vn.motcua.calendar.control;

import vn.motcua.calendar.entity.WorkingCalendar;
import vn.motcua.shared.boundary.BusinessException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Office hours of a week written as people write them: "07:30-11:30, 13:00-17:00" per day, empty for
 * a rest day. Parsing refuses anything else with a message, so a typo never changes deadlines.
 */
public final class WeeklyHours {

    private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");

    private WeeklyHours() {
    }

    public static Map<DayOfWeek, String> describe(WorkingCalendar calendar) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, calendar.periodsOn(day).stream()
                    .map(p -> p.getStart() + "-" + p.getEnd()).collect(Collectors.joining(", ")));
        }
        return week;
    }

    /** Replaces the calendar's week with the written one, or changes nothing and says why. */
    public static void apply(WorkingCalendar calendar, Map<DayOfWeek, String> written) {
        Map<DayOfWeek, List<LocalTime[]>> parsed = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<LocalTime[]> periods = new ArrayList<>();
            String text = written.getOrDefault(day, "");
            if (text != null && !text.isBlank()) {
                for (String part : text.split(",")) {
                    periods.add(period(day, part));
                }
            }
            periods.sort((a, b) -> a[0].compareTo(b[0]));
            for (int i = 1; i < periods.size(); i++) {
                if (periods.get(i)[0].isBefore(periods.get(i - 1)[1])) {
                    throw new BusinessException("calendar.periodsOverlap", day.getValue() + 1);
                }
            }
            parsed.put(day, periods);
        }
        if (parsed.values().stream().allMatch(List::isEmpty)) {
            throw new BusinessException("calendar.weekEmpty");
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.restOn(day);
        }
        for (Map.Entry<DayOfWeek, List<LocalTime[]>> day : parsed.entrySet()) {
            for (LocalTime[] period : day.getValue()) {
                calendar.workOn(day.getKey(), period[0], period[1]);
            }
        }
    }

    private static LocalTime[] period(DayOfWeek day, String text) {
        Matcher matcher = PERIOD.matcher(text);
        try {
            if (matcher.matches()) {
                LocalTime from = LocalTime.parse(pad(matcher.group(1)));
                LocalTime to = LocalTime.parse(pad(matcher.group(2)));
                if (from.isBefore(to)) {
                    return new LocalTime[] {from, to};
                }
            }
        } catch (DateTimeParseException e) {
            // reported below, with the day it was written for
        }
        throw new BusinessException("calendar.periodInvalid", day.getValue() + 1, text.strip());
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}

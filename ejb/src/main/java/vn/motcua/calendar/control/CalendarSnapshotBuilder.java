package vn.motcua.calendar.control;

import vn.motcua.shared.boundary.Clocks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a calendar's weekly working periods, days off and make-up workdays, checks that they fit
 * together, and freezes them into a {@link CalendarSnapshot} for the years it must cover.
 */
public final class CalendarSnapshotBuilder {

    private ZoneId zone = Clocks.VIETNAM;
    private final Map<DayOfWeek, List<Period>> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Map<LocalDate, DayOfWeek> makeUpWorkdays = new HashMap<>();
    private int firstYear;
    private int lastYear;

    CalendarSnapshotBuilder() {
    }

    public CalendarSnapshotBuilder zone(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    public CalendarSnapshotBuilder workingPeriod(DayOfWeek day, LocalTime start, LocalTime end) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a working period ends after it starts: " + day + " " + start + "-" + end);
        }
        week.computeIfAbsent(day, d -> new ArrayList<>()).add(new Period(start, end));
        return this;
    }

    public CalendarSnapshotBuilder dayOff(LocalDate date) {
        daysOff.add(date);
        return this;
    }

    public CalendarSnapshotBuilder makeUpWorkday(LocalDate date, DayOfWeek worksAs) {
        makeUpWorkdays.put(date, worksAs);
        return this;
    }

    public CalendarSnapshotBuilder covering(int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the years to cover run backwards: " + firstYear + "-" + lastYear);
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        return this;
    }

    public CalendarSnapshot build() {
        if (firstYear == 0) {
            throw new IllegalStateException("say which years the calendar covers");
        }
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        LocalDate end = LocalDate.of(lastYear + 1, 1, 1);
        long offsetMs = fixedOffsetMs(first, end);

        // Pattern 0 is a day without working time; pattern d.getValue() is weekday d's periods.
        int[][] starts = new int[8][];
        int[][] ends = new int[8][];
        starts[0] = new int[0];
        ends[0] = new int[0];
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Period> periods = new ArrayList<>(week.getOrDefault(day, List.of()));
            periods.sort(Comparator.comparing(Period::start));
            starts[day.getValue()] = new int[periods.size()];
            ends[day.getValue()] = new int[periods.size()];
            for (int k = 0; k < periods.size(); k++) {
                if (k > 0 && periods.get(k).start().isBefore(periods.get(k - 1).end())) {
                    throw new IllegalArgumentException("working periods overlap on " + day);
                }
                starts[day.getValue()][k] = msOfDay(periods.get(k).start());
                ends[day.getValue()][k] = msOfDay(periods.get(k).end());
            }
        }
        if (week.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one working period in the week");
        }

        long firstEpochDay = first.toEpochDay();
        byte[] dayPattern = new byte[(int) (end.toEpochDay() - firstEpochDay)];
        for (int i = 0; i < dayPattern.length; i++) {
            dayPattern[i] = (byte) LocalDate.ofEpochDay(firstEpochDay + i).getDayOfWeek().getValue();
        }
        for (Map.Entry<LocalDate, DayOfWeek> makeUp : makeUpWorkdays.entrySet()) {
            if (daysOff.contains(makeUp.getKey())) {
                throw new IllegalArgumentException(makeUp.getKey() + " is both a day off and a make-up workday");
            }
            dayPattern[dayIndex(makeUp.getKey(), first, end)] = (byte) makeUp.getValue().getValue();
        }
        for (LocalDate off : daysOff) {
            dayPattern[dayIndex(off, first, end)] = 0;
        }
        return new CalendarSnapshot(zone, offsetMs, firstEpochDay, dayPattern, starts, ends);
    }

    /** Vietnam has kept UTC+7 since 1975; a zone that changes offset within the span is refused. */
    private long fixedOffsetMs(LocalDate first, LocalDate end) {
        Instant from = first.atStartOfDay(zone).toInstant();
        ZoneOffsetTransition change = zone.getRules().nextTransition(from);
        if (change != null && change.getInstant().isBefore(end.atStartOfDay(zone).toInstant())) {
            throw new IllegalArgumentException(zone + " changes its offset at " + change.getInstant()
                    + "; the deadline engine needs a fixed offset over the years it covers");
        }
        return zone.getRules().getOffset(from).getTotalSeconds() * 1000L;
    }

    private static int dayIndex(LocalDate date, LocalDate first, LocalDate end) {
        if (date.isBefore(first) || !date.isBefore(end)) {
            throw new IllegalArgumentException(date + " is outside the years the calendar covers");
        }
        return (int) (date.toEpochDay() - first.toEpochDay());
    }

    private static int msOfDay(LocalTime time) {
        return (int) (time.toNanoOfDay() / 1_000_000L);
    }

    private record Period(LocalTime start, LocalTime end) {
    }
}

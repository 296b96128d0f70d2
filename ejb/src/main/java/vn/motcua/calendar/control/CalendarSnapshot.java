package vn.motcua.calendar.control;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A working calendar frozen for fast arithmetic over a span of years: for each day, which of the
 * weekly patterns of working periods applies (none on a day off, the replaced weekday's on a make-up
 * workday), and how much working time lies between the start of the span and that day. Working
 * time is then a "position": the milliseconds worked since the span began, so a deadline is one
 * addition and one search. Immutable and safe to share between threads; built by
 * {@link CalendarSnapshotBuilder}.
 */
public final class CalendarSnapshot {

    static final long DAY_MS = 86_400_000L;

    private final ZoneId zone;
    private final long offsetMs;
    private final long firstEpochDay;
    private final int dayCount;
    /** Per day, an index into the pattern tables below; pattern 0 has no working period. */
    private final byte[] dayPattern;
    /** Working ms from the start of the span to the start of each day; one more entry than days. */
    private final long[] workedBeforeDay;
    /** Per pattern and period: start and end as ms of the day, and working ms before the period. */
    private final int[][] periodStart;
    private final int[][] periodEnd;
    private final int[][] workedBeforePeriod;
    private final int[] workedInDay;

    CalendarSnapshot(ZoneId zone, long offsetMs, long firstEpochDay, byte[] dayPattern,
                     int[][] periodStart, int[][] periodEnd) {
        this.zone = zone;
        this.offsetMs = offsetMs;
        this.firstEpochDay = firstEpochDay;
        this.dayCount = dayPattern.length;
        this.dayPattern = dayPattern;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.workedBeforePeriod = new int[periodStart.length][];
        this.workedInDay = new int[periodStart.length];
        for (int p = 0; p < periodStart.length; p++) {
            workedBeforePeriod[p] = new int[periodStart[p].length];
            int worked = 0;
            for (int k = 0; k < periodStart[p].length; k++) {
                workedBeforePeriod[p][k] = worked;
                worked += periodEnd[p][k] - periodStart[p][k];
            }
            workedInDay[p] = worked;
        }
        this.workedBeforeDay = new long[dayCount + 1];
        for (int i = 0; i < dayCount; i++) {
            workedBeforeDay[i + 1] = workedBeforeDay[i] + workedInDay[dayPattern[i]];
        }
    }

    public static CalendarSnapshotBuilder builder() {
        return new CalendarSnapshotBuilder();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate firstDay() {
        return LocalDate.ofEpochDay(firstEpochDay);
    }

    public LocalDate lastDay() {
        return LocalDate.ofEpochDay(firstEpochDay + dayCount - 1);
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(index(date.toEpochDay()));
    }

    /** Working ms from the start of the span to the instant; constant outside working periods. */
    long position(long epochMs) {
        long local = epochMs + offsetMs;
        long epochDay = Math.floorDiv(local, DAY_MS);
        int day = index(epochDay);
        return workedBeforeDay[day] + workedUntil(dayPattern[day], (int) (local - epochDay * DAY_MS));
    }

    private int workedUntil(int pattern, int msOfDay) {
        int[] starts = periodStart[pattern];
        int[] ends = periodEnd[pattern];
        for (int k = 0; k < starts.length; k++) {
            if (msOfDay < starts[k]) {
                return workedBeforePeriod[pattern][k];
            }
            if (msOfDay < ends[k]) {
                return workedBeforePeriod[pattern][k] + msOfDay - starts[k];
            }
        }
        return workedInDay[pattern];
    }

    /**
     * The earliest instant at a position, so always inside a working period or at its end: a
     * deadline that uses up a morning falls at 11:30, not at 13:00 or the next morning.
     *
     * @param fromDay a day known to be at or before the answer, to shorten the search
     */
    long instantAt(long position, int fromDay) {
        if (position <= 0 || position > workedBeforeDay[dayCount]) {
            throw new IllegalArgumentException("the deadline falls outside the calendar's years "
                    + firstDay().getYear() + "-" + lastDay().getYear());
        }
        int low = Math.max(0, fromDay);
        int high = dayCount - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (workedBeforeDay[mid + 1] >= position) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int pattern = dayPattern[low];
        int rest = (int) (position - workedBeforeDay[low]);
        int k = 0;
        while (workedBeforePeriod[pattern][k] + periodEnd[pattern][k] - periodStart[pattern][k] < rest) {
            k++;
        }
        int msOfDay = periodStart[pattern][k] + rest - workedBeforePeriod[pattern][k];
        return (firstEpochDay + low) * DAY_MS + msOfDay - offsetMs;
    }

    /** The index of the day an instant falls on, in the calendar's time zone. */
    int dayOf(long epochMs) {
        return index(Math.floorDiv(epochMs + offsetMs, DAY_MS));
    }

    /** The ms of the day of an instant, in the calendar's time zone. */
    int msOfDay(long epochMs) {
        return (int) Math.floorMod(epochMs + offsetMs, DAY_MS);
    }

    boolean isWorkingDay(int day) {
        return workedInDay[dayPattern[day]] > 0;
    }

    /** The end of the last working period of a working day. */
    long endOfWorkingDay(int day) {
        int[] ends = periodEnd[dayPattern[day]];
        return (firstEpochDay + day) * DAY_MS + ends[ends.length - 1] - offsetMs;
    }

    int nextWorkingDay(int day) {
        for (int next = day + 1; next < dayCount; next++) {
            if (isWorkingDay(next)) {
                return next;
            }
        }
        throw new IllegalArgumentException("no working day after " + LocalDate.ofEpochDay(firstEpochDay + day)
                + " within the calendar's years");
    }

    private int index(long epochDay) {
        long day = epochDay - firstEpochDay;
        if (day < 0 || day >= dayCount) {
            throw new IllegalArgumentException(LocalDate.ofEpochDay(epochDay) + " is outside the calendar's years "
                    + firstDay().getYear() + "-" + lastDay().getYear());
        }
        return (int) day;
    }
}

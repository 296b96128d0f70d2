package vn.motcua.calendar.control;

import vn.motcua.calendar.entity.StatutoryDuration;
import vn.motcua.calendar.entity.Timeliness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Deadlines of administrative procedures on one working calendar. The statutory duration runs in
 * working time from the moment a complete dossier is received (Decree 61/2018/NĐ-CP; the receipt,
 * form 01 of Circular 01/2018/TT-VPCP, states the appointment to the hour and minute): from the
 * reception instant if it is inside a working period, else from the start of the next one. Plain
 * Java, no container; thread-safe, as the snapshot is immutable.
 */
public final class DeadlineEngine {

    /** One working day is eight working hours (the 40-hour week, Decision 188/1999/QĐ-TTg). */
    public static final Duration WORKING_DAY = Duration.ofHours(8);

    private static final long WORKING_DAY_MS = WORKING_DAY.toMillis();

    private final CalendarSnapshot calendar;

    public DeadlineEngine(CalendarSnapshot calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public CalendarSnapshot calendar() {
        return calendar;
    }

    /**
     * The due instant of a duration started at an instant. It always lies inside a working period or
     * at its end: a duration that uses up a working day received at 07:30 is due at 17:00 that day.
     */
    public Instant due(Instant start, StatutoryDuration duration) {
        long startMs = start.toEpochMilli();
        if (duration.unit() == StatutoryDuration.Unit.SAME_DAY) {
            return Instant.ofEpochMilli(sameDayDue(startMs, duration));
        }
        long target = calendar.position(startMs) + duration.workingMinutes() * 60_000L;
        return Instant.ofEpochMilli(calendar.instantAt(target, calendar.dayOf(startMs)));
    }

    /**
     * Same-day procedures such as registering a secured transaction (Decree 99/2022/NĐ-CP): received
     * on a working day before the cut-off, due at the end of that day; at or after the cut-off, after
     * the day's last working period, or on a day off, due at the end of the next working day.
     */
    private long sameDayDue(long startMs, StatutoryDuration duration) {
        int day = calendar.dayOf(startMs);
        long cutOffMs = duration.cutOff().toNanoOfDay() / 1_000_000L;
        if (calendar.isWorkingDay(day) && calendar.msOfDay(startMs) < cutOffMs
                && startMs < calendar.endOfWorkingDay(day)) {
            return calendar.endOfWorkingDay(day);
        }
        return calendar.endOfWorkingDay(calendar.nextWorkingDay(day));
    }

    /** Working time from one instant to another; negative when the second comes first. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        return Duration.ofMillis(workingMsBetween(from, to));
    }

    /** Working time left until the due instant; negative, by the working time overdue, once it passed. */
    public Duration remaining(Instant now, Instant due) {
        return workingTimeBetween(now, due);
    }

    /**
     * The new due instant after a supplement request (form 02, Circular 01/2018/TT-VPCP) is answered:
     * the working time already spent stays spent (Decree 61/2018/NĐ-CP), the time the applicant took
     * does not count, so the working time that remained at the pause is counted again from the resume.
     * A dossier paused when already overdue stays overdue by the same working time.
     */
    public Instant resume(Instant pausedAt, Instant resumedAt, Instant dueBefore) {
        if (resumedAt.isBefore(pausedAt)) {
            throw new IllegalArgumentException("a dossier resumes after it was paused");
        }
        long left = workingMsBetween(pausedAt, dueBefore);
        long resumedMs = resumedAt.toEpochMilli();
        int searchFrom = left > 0 ? calendar.dayOf(resumedMs) : 0;
        return Instant.ofEpochMilli(calendar.instantAt(calendar.position(resumedMs) + left, searchFrom));
    }

    /**
     * Early if finished on a calendar day before the due day, on time if on the due day and not after
     * the due instant, late after it: the columns of the control sheet (form 05, Circular
     * 01/2018/TT-VPCP) and of report II.06a.
     */
    public Timeliness classifyResolved(Instant finishedAt, Instant due) {
        if (finishedAt.isAfter(due)) {
            return Timeliness.LATE;
        }
        LocalDate finishedOn = LocalDate.ofInstant(finishedAt, calendar.zone());
        return finishedOn.isBefore(LocalDate.ofInstant(due, calendar.zone())) ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    /** A dossier still in progress is overdue once the due instant has passed. */
    public Timeliness classifyInProgress(Instant now, Instant due) {
        return now.isAfter(due) ? Timeliness.OVERDUE : Timeliness.WITHIN_DEADLINE;
    }

    /**
     * Whether a dossier not yet overdue has at most one working day left: time to warn the officer,
     * and too late for an apology letter (form 04), which must come a working day before the deadline.
     */
    public boolean dueWithinOneWorkingDay(Instant now, Instant due) {
        return !now.isAfter(due) && workingMsBetween(now, due) <= WORKING_DAY_MS;
    }

    private long workingMsBetween(Instant from, Instant to) {
        return calendar.position(to.toEpochMilli()) - calendar.position(from.toEpochMilli());
    }
}

package vn.motcua.dossier.control;

import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.control.DeadlineEngine;

import java.time.Instant;

/** How a running due stands for the inbox and the dossier page: the three colours of the inboxes. */
public enum DeadlineLevel {
    WITHIN_DEADLINE,
    /** One working day or less left. */
    DUE_SOON,
    OVERDUE,
    /** Awaiting a supplement: the clock is stopped. */
    PAUSED;

    public static DeadlineLevel of(WorkingCalendars calendars, String agencyCode, Instant now, Instant due, boolean paused) {
        if (paused || now.isAfter(due)) {
            return paused ? PAUSED : OVERDUE;
        }
        return of(calendars.engineFor(agencyCode), now, due, false);
    }

    /** The same on a calendar already at hand, for lists that colour many rows of few desks. */
    public static DeadlineLevel of(DeadlineEngine engine, Instant now, Instant due, boolean paused) {
        if (paused) {
            return PAUSED;
        }
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        return engine.dueWithinOneWorkingDay(now, due) ? DUE_SOON : WITHIN_DEADLINE;
    }
}

package vn.motcua.queue.control;

import java.time.Duration;

/**
 * The wait shown on a new ticket: the people ahead served by the counters open for the group at
 * today's average service time (finish − start of the day's finished tickets of the group); before
 * the day has any, a configured default (motcua.queue.default-service-minutes, 6).
 */
public final class WaitEstimate {

    private static final Duration DEFAULT = Duration.ofMinutes(Integer.getInteger("motcua.queue.default-service-minutes", 6));

    private WaitEstimate() {
    }

    /** Whole minutes, rounded up; 0 when nobody is ahead. */
    public static int minutes(int peopleAhead, Duration averageService, int openCounters) {
        if (peopleAhead <= 0) {
            return 0;
        }
        Duration each = averageService == null || averageService.isZero() ? DEFAULT : averageService;
        long seconds = each.toSeconds() * peopleAhead / Math.max(1, openCounters);
        return (int) Math.max(1, (seconds + 59) / 60);
    }
}

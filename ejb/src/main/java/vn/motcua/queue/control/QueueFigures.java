package vn.motcua.queue.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The figures of one row of the queue statistics: tickets issued, served, no-shows, and the waiting
 * (call − issue) and service (finish − start) times in minutes with their median, 90th percentile and
 * maximum (nearest-rank percentiles).
 */
public final class QueueFigures {

    private int issued;
    private int served;
    private int noShows;
    private final List<Double> waits = new ArrayList<>();
    private final List<Double> services = new ArrayList<>();

    public void add(boolean done, boolean noShow, Instant issuedAt, Instant calledAt, Instant startedAt, Instant finishedAt) {
        issued++;
        if (done) {
            served++;
        }
        if (noShow) {
            noShows++;
        }
        if (calledAt != null) {
            waits.add(minutes(issuedAt, calledAt));
        }
        if (done && startedAt != null && finishedAt != null) {
            services.add(minutes(startedAt, finishedAt));
        }
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }

    /** The nearest-rank percentile p (0-100] of the values; 0 for none. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public int issued() {
        return issued;
    }

    public int served() {
        return served;
    }

    public int noShows() {
        return noShows;
    }

    public double waitMedian() {
        return percentile(waits, 50);
    }

    public double waitP90() {
        return percentile(waits, 90);
    }

    public double waitMax() {
        return percentile(waits, 100);
    }

    public double serviceMedian() {
        return percentile(services, 50);
    }

    public double serviceP90() {
        return percentile(services, 90);
    }

    public double serviceMax() {
        return percentile(services, 100);
    }
}

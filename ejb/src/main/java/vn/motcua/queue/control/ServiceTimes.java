package vn.motcua.queue.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Today's average service time and open counters of each group, measured at most every
 * motcua.queue.estimate-seconds (20) per node: an estimate on a ticket need not be fresher, and a crowd
 * at the kiosks then costs no extra reads.
 */
@ApplicationScoped
public class ServiceTimes {

    /** What an estimate needs of a group. */
    public record Figures(Duration averageService, int openCounters) {
    }

    private record Measured(LocalDate day, long atNanos, Figures figures) {
    }

    private static final long FRESH_NANOS = Duration.ofSeconds(Integer.getInteger("motcua.queue.estimate-seconds", 20)).toNanos();

    private final Map<Long, Measured> measured = new ConcurrentHashMap<>();

    public Figures of(long groupId, LocalDate day, Supplier<Figures> measure) {
        long now = System.nanoTime();
        Measured known = measured.get(groupId);
        if (known != null && known.day().equals(day) && now - known.atNanos() < FRESH_NANOS) {
            return known.figures();
        }
        Figures fresh = measure.get();
        measured.put(groupId, new Measured(day, now, fresh));
        return fresh;
    }
}

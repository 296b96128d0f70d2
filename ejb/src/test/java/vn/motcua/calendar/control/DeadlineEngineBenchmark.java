package vn.motcua.calendar.control;

import vn.motcua.calendar.entity.StatutoryDuration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Random;

/**
 * How many deadlines one thread computes per second on the seeded national calendar: receptions
 * spread over 2024-2026 at any hour, durations from a quarter day to 30 working days and same-day.
 * A main, not a test, so that a loaded build machine never fails the build on timing.
 */
public final class DeadlineEngineBenchmark {

    private static final long GOAL = 100_000;

    private DeadlineEngineBenchmark() {
    }

    public static void main(String[] args) {
        DeadlineEngine engine = new DeadlineEngine(SeededCalendar.national());
        Random random = new Random(2026);
        Instant from = Moments.at("01/01/2024 00:00");
        long span = Moments.at("01/10/2026 00:00").toEpochMilli() - from.toEpochMilli();
        Instant[] starts = new Instant[4096];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = from.plusMillis((long) (random.nextDouble() * span));
        }
        StatutoryDuration[] durations = {
            StatutoryDuration.workingDays(new BigDecimal("0.25")), StatutoryDuration.workingDays(new BigDecimal("0.5")),
            StatutoryDuration.workingDays(1), StatutoryDuration.workingDays(3), StatutoryDuration.workingDays(5),
            StatutoryDuration.workingDays(15), StatutoryDuration.workingDays(30), StatutoryDuration.workingHours(4),
            StatutoryDuration.sameDay(LocalTime.of(15, 0)),
        };

        run(engine, starts, durations, 2_000);
        long count = run(engine, starts, durations, 3_000);
        // stdout is this tool's whole output, read by the person who runs it
        System.out.println("deadline computations/s: " + count / 3 + " (goal >= " + GOAL + ")");
    }

    /** Computes deadlines for about the given time and returns how many. */
    private static long run(DeadlineEngine engine, Instant[] starts, StatutoryDuration[] durations, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        long count = 0;
        long checksum = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < starts.length; i++) {
                checksum += engine.due(starts[i], durations[i % durations.length]).toEpochMilli();
            }
            count += starts.length;
        }
        if (checksum == 42) {
            System.out.println("unlikely checksum, printed only so that the loop is not optimised away");
        }
        return count;
    }
}

package vn.motcua.bench.crowd;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Many clients at once inside the server: the bench servlets' load, shared by every bench WAR. */
public final class Crowd {

    /** One piece of work, numbered. */
    public interface Work {
        void run(int i) throws Exception;
    }

    private Crowd() {
    }

    /** Runs the work n times over the threads, each taking the next number; pieces per second. */
    public static double rate(int n, int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    work.run(i);
                }
                return null;
            }));
        }
        try {
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            pool.shutdown();
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs the work in rounds until the server's JIT has compiled its path, and returns how many pieces
     * that took (numbered from {@code first}). On 2 cores C2 went on compiling the reception path for
     * thousands of calls and took most of a core from the measurement; a round in which the compilers
     * worked under 5 % of its wall time ends the warm-up, and so does reaching {@code most}.
     */
    public static int warmUp(int most, int round, int threads, int first, Work work) throws Exception {
        int done = 0;
        while (done < most) {
            long compiling = compilingMillis();
            long start = System.nanoTime();
            int from = first + done;
            rate(round, threads, i -> work.run(from + i));
            done += round;
            if (compilingMillis() - compiling < (System.nanoTime() - start) / 1_000_000 / 20) {
                break;
            }
        }
        return done;
    }

    /** The time the JIT compilers have spent so far, in milliseconds. */
    public static long compilingMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit.getTotalCompilationTime();
    }
}

package vn.motcua.bench.crowd;

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
}

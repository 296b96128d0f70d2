package vn.motcua.queue.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    private final GroupCommit line = new GroupCommit();

    /** A number row in memory: one call at a time per key, as the database's row lock would make it. */
    private static final class Row implements Function<List<Integer>, List<GroupCommit.Result<Integer>>> {
        final AtomicInteger inCall = new AtomicInteger();
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        int last;
        volatile boolean overlapped;

        @Override
        public List<GroupCommit.Result<Integer>> apply(List<Integer> requests) {
            if (inCall.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                batchSizes.add(requests.size());
                Thread.sleep(2);
                List<GroupCommit.Result<Integer>> results = new ArrayList<>();
                for (int request : requests) {
                    if (request < 0) {
                        results.add(GroupCommit.Result.refused(new IllegalArgumentException("refused " + request)));
                    } else {
                        results.add(GroupCommit.Result.of(++last));
                    }
                }
                return results;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inCall.decrementAndGet();
            }
        }
    }

    @Test
    void crowdOfOneKeySharesCallsOneAtATimeAndEachGetsItsOwnNumberWithoutGaps() throws Exception {
        Row row = new Row();
        List<Integer> numbers = crowd(200, 64, i -> line.take("A", i, row));
        assertEquals(200, new TreeSet<>(numbers).size(), "no number twice");
        assertEquals(IntStream.rangeClosed(1, 200).boxed().toList(), new ArrayList<>(new TreeSet<>(numbers)), "no gap");
        assertTrue(!row.overlapped, "never two calls at once on one key");
        assertEquals(200, row.batchSizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(row.batchSizes.size() < 200, "requests waiting together share a call: " + row.batchSizes);
        assertTrue(row.batchSizes.stream().allMatch(n -> n <= GroupCommit.MOST), "at most MOST in a call");
    }

    @Test
    void aRefusalIsThrownInItsOwnRequestsThreadOnly() throws Exception {
        Row row = new Row();
        List<String> outcomes = crowd(60, 16, i -> {
            try {
                return "got " + line.take("B", i % 5 == 0 ? -i - 1 : i, row);
            } catch (IllegalArgumentException refused) {
                return refused.getMessage() + " for " + i;
            }
        });
        for (int i = 0; i < 60; i++) {
            String outcome = outcomes.get(i);
            assertTrue(i % 5 == 0 ? outcome.equals("refused " + (-i - 1) + " for " + i) : outcome.startsWith("got "), outcome);
        }
        assertEquals(48, row.last, "the refused took no number");
    }

    @Test
    void aCallThatFailsAsAWholeIsTriedAgainForEachRequestAlone() throws Exception {
        Set<List<Integer>> calls = ConcurrentHashMap.newKeySet();
        AtomicInteger last = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        Function<List<Integer>, List<GroupCommit.Result<Integer>>> call = requests -> {
            calls.add(requests);
            try {
                first.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (requests.contains(13)) {
                throw new IllegalStateException("database refused 13");
            }
            return requests.stream().map(r -> GroupCommit.Result.of(last.incrementAndGet())).toList();
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 10; i < 18; i++) {
                int request = i;
                outcomes.add(pool.submit(() -> {
                    try {
                        return line.take("C", request, call);
                    } catch (IllegalStateException refused) {
                        return refused.getMessage();
                    }
                }));
                Thread.sleep(20);
            }
            first.countDown();
            for (int i = 0; i < outcomes.size(); i++) {
                Object outcome = outcomes.get(i).get();
                assertTrue(i == 3 ? "database refused 13".equals(outcome) : outcome instanceof Integer, i + ": " + outcome);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(calls.stream().anyMatch(c -> c.size() > 1 && c.contains(13)), "13 first came in a shared call: " + calls);
        assertTrue(calls.contains(List.of(13)), "then alone: " + calls);
        assertEquals(7, last.get());
    }

    @Test
    void differentKeysDoNotWaitForEachOther() throws Exception {
        CountDownLatch bothIn = new CountDownLatch(2);
        Function<List<String>, List<GroupCommit.Result<String>>> call = requests -> {
            bothIn.countDown();
            try {
                // returns only when the other key's call is in too: one waiting for the other would never get here
                assertTrue(bothIn.await(5, java.util.concurrent.TimeUnit.SECONDS), "the other key's call came in");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return requests.stream().map(GroupCommit.Result::of).toList();
        };
        List<String> outcomes = crowd(2, 2, i -> line.take("K" + i, "r" + i, call));
        assertEquals(List.of("r0", "r1"), outcomes);
    }

    private static <T> List<T> crowd(int n, int threads, java.util.function.IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int request = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(request);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

package vn.motcua.queue.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Requests on the same key (a group's number row) wait in line; the first in line takes everyone waiting into
 * one call, so one transaction and one commit for all of them, then hands the turn to the next in line. A row
 * that every issue locks until its commit gives one commit at a time, each waiting for the disk: together
 * they share it, and the numbers still follow the order of arrival with no gap. No thread is started: the
 * request threads take turns. A call that fails as a whole is tried again for each request alone, so one bad
 * request never refuses the others.
 */
@ApplicationScoped
public class GroupCommit {

    /** At most this many requests in one call, so one transaction never holds the row for long. */
    static final int MOST = 64;

    /** What one request came to: a value, or the refusal its own thread throws. */
    public record Result<T>(T value, RuntimeException refused) {

        public static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        public static <T> Result<T> refused(RuntimeException refused) {
            return new Result<>(null, refused);
        }

        T get() {
            if (refused != null) {
                throw refused;
            }
            return value;
        }
    }

    private final Map<Object, Line> lines = new ConcurrentHashMap<>();

    /**
     * The request's own result from {@code call}, which takes requests in order of arrival and answers each, in
     * the same order; it runs in this thread or in the thread ahead in line.
     */
    @SuppressWarnings("unchecked")
    public <R, T> T take(Object key, R request, Function<List<R>, List<Result<T>>> call) {
        Line line = lines.computeIfAbsent(key, k -> new Line());
        Member member = new Member(request, line.lock.newCondition());
        List<Member> batch;
        line.lock.lock();
        try {
            line.waiting.add(member);
            if (!line.busy) {
                line.busy = true;
                member.leads = true;
            }
            while (!member.leads && member.result == null) {
                member.turn.awaitUninterruptibly();
            }
            if (member.result != null) {
                return (T) member.result.get();
            }
            batch = new ArrayList<>();
            while (!line.waiting.isEmpty() && batch.size() < MOST) {
                batch.add(line.waiting.poll());
            }
        } finally {
            line.lock.unlock();
        }
        List<Result<?>> results = run(batch, (Function<List<Object>, List<Result<?>>>) (Function<?, ?>) call);
        line.lock.lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result = results.get(i);
                batch.get(i).turn.signal();
            }
            Member next = line.waiting.peek();
            if (next == null) {
                line.busy = false;
            } else {
                next.leads = true;
                next.turn.signal();
            }
        } finally {
            line.lock.unlock();
        }
        return (T) member.result.get();
    }

    private static List<Result<?>> run(List<Member> batch, Function<List<Object>, List<Result<?>>> call) {
        List<Object> requests = batch.stream().map(m -> m.request).toList();
        try {
            List<Result<?>> results = call.apply(requests);
            if (results.size() != requests.size()) {
                throw new IllegalStateException(results.size() + " results for " + requests.size() + " requests");
            }
            return results;
        } catch (RuntimeException | Error failed) {
            if (batch.size() == 1) {
                return List.of(Result.refused(failed instanceof RuntimeException r ? r : new IllegalStateException(failed)));
            }
            // one at a time, so a request the database refuses fails alone
            List<Result<?>> alone = new ArrayList<>();
            for (Member member : batch) {
                alone.addAll(run(List.of(member), call));
            }
            return alone;
        }
    }

    private static final class Line {
        final ReentrantLock lock = new ReentrantLock();
        final ArrayDeque<Member> waiting = new ArrayDeque<>();
        boolean busy;
    }

    private static final class Member {
        final Object request;
        final Condition turn;
        boolean leads;
        Result<?> result;

        Member(Object request, Condition turn) {
            this.request = request;
            this.turn = turn;
        }
    }
}

package vn.motcua.queue.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The order in which waiting tickets are offered to a counter. Priority tickets (the elderly, people
 * with disabilities, pregnant women, people with meritorious service…) get a head start in rank, but
 * after {@code ratio} priority calls in a row the oldest normal ticket goes next, and every ticket's
 * rank grows with its wait: so a steady stream of priority tickets never starves the others.
 */
public final class FairCalling {

    /** A waiting ticket as the order sees it. */
    public record Candidate(long id, boolean priority, Instant issuedAt) {
    }

    private final int ratio;
    private final Duration headStart;

    /**
     * @param ratio     priority tickets called in a row before a normal one must go (at least 1)
     * @param headStart how much earlier than its issue a priority ticket ranks
     */
    public FairCalling(int ratio, Duration headStart) {
        if (ratio < 1 || headStart.isNegative()) {
            throw new IllegalArgumentException("ratio ≥ 1 and a non-negative head start");
        }
        this.ratio = ratio;
        this.headStart = headStart;
    }

    public static FairCalling configured() {
        return new FairCalling(Integer.getInteger("motcua.queue.priority-ratio", 2),
                Duration.ofMinutes(Integer.getInteger("motcua.queue.priority-head-start-minutes", 10)));
    }

    /**
     * The candidates in the order to try them (the first one still waiting is claimed).
     *
     * @param priorityStreak how many of the group's last calls in a row were priority tickets
     */
    public List<Candidate> order(List<Candidate> waiting, int priorityStreak) {
        Comparator<Candidate> byRank = Comparator.comparing(this::rankedFrom).thenComparingLong(Candidate::id);
        List<Candidate> ranked = waiting.stream().sorted(byRank).toList();
        if (priorityStreak < ratio || ranked.stream().noneMatch(c -> !c.priority())) {
            return ranked;
        }
        // the ratio is spent: normal tickets first, oldest first, then the rest in rank order
        return Stream.concat(ranked.stream().filter(c -> !c.priority()), ranked.stream().filter(Candidate::priority))
                .toList();
    }

    /** The instant a ticket ranks from: earlier is called sooner. */
    private Instant rankedFrom(Candidate candidate) {
        return candidate.priority() ? candidate.issuedAt().minus(headStart) : candidate.issuedAt();
    }

    public int ratio() {
        return ratio;
    }
}

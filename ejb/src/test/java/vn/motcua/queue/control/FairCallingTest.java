package vn.motcua.queue.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FairCallingTest {

    private static final Instant NINE = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void aPriorityTicketGoesBeforeANormalOneIssuedAMomentEarlier() {
        FairCalling fair = new FairCalling(2, Duration.ofMinutes(10));
        List<FairCalling.Candidate> order = fair.order(List.of(
                new FairCalling.Candidate(1, false, NINE),
                new FairCalling.Candidate(2, true, NINE.plusSeconds(60))), 0);
        assertEquals(2, order.get(0).id());
    }

    @Test
    void aNormalTicketWaitingLongerThanTheHeadStartGoesFirst() {
        FairCalling fair = new FairCalling(2, Duration.ofMinutes(10));
        List<FairCalling.Candidate> order = fair.order(List.of(
                new FairCalling.Candidate(1, false, NINE),
                new FairCalling.Candidate(2, true, NINE.plus(Duration.ofMinutes(11)))), 0);
        assertEquals(1, order.get(0).id(), "waiting raises a ticket's rank");
    }

    @Test
    void afterTheRatioOfPriorityCallsANormalTicketGoesNext() {
        FairCalling fair = new FairCalling(2, Duration.ofMinutes(10));
        List<FairCalling.Candidate> waiting = List.of(
                new FairCalling.Candidate(1, false, NINE.plusSeconds(30)),
                new FairCalling.Candidate(2, true, NINE));
        assertEquals(2, fair.order(waiting, 1).get(0).id());
        assertEquals(1, fair.order(waiting, 2).get(0).id());
    }

    /**
     * One counter serving a minute per ticket; every minute two priority tickets and one normal ticket
     * arrive (more than it can serve), for eight hours. With the ratio and ageing, every normal ticket
     * is called, and within a bounded wait; without them the normal ones would wait for ever.
     */
    @Test
    void noNormalTicketStarvesUnderASteadyStreamOfPriorityTickets() {
        FairCalling fair = new FairCalling(2, Duration.ofMinutes(10));
        List<FairCalling.Candidate> waiting = new ArrayList<>();
        Map<Long, Instant> normalIssued = new HashMap<>();
        List<Boolean> calls = new ArrayList<>();
        long next = 1;
        long maxNormalWait = 0;
        int normalsCalled = 0;
        for (int minute = 0; minute < 480; minute++) {
            Instant now = NINE.plus(Duration.ofMinutes(minute));
            waiting.add(new FairCalling.Candidate(next++, true, now));
            waiting.add(new FairCalling.Candidate(next++, true, now.plusSeconds(20)));
            FairCalling.Candidate normal = new FairCalling.Candidate(next++, false, now.plusSeconds(40));
            waiting.add(normal);
            normalIssued.put(normal.id(), normal.issuedAt());
            Instant callAt = now.plusSeconds(59);
            List<FairCalling.Candidate> present = waiting.stream().filter(c -> !c.issuedAt().isAfter(callAt)).toList();
            FairCalling.Candidate called = fair.order(present, streak(calls, fair.ratio())).get(0);
            waiting.remove(called);
            calls.add(called.priority());
            if (!called.priority()) {
                normalsCalled++;
                maxNormalWait = Math.max(maxNormalWait, Duration.between(normalIssued.get(called.id()), callAt).toMinutes());
            }
        }
        assertTrue(normalsCalled >= 480 / 3, "a normal ticket at least every " + (fair.ratio() + 1) + " calls: " + normalsCalled);
        // normal tickets leave in issue order: the oldest still waiting was issued within the last
        // 480 - (480 / 3) minutes' share, never at the start of the day
        long oldestWaiting = waiting.stream().filter(c -> !c.priority())
                .mapToLong(c -> Duration.between(c.issuedAt(), NINE.plus(Duration.ofMinutes(480))).toMinutes()).max().orElse(0);
        assertTrue(oldestWaiting < 480, "no normal ticket has waited all day: " + oldestWaiting);
        assertTrue(maxNormalWait < 480, "every normal ticket was called within the day: " + maxNormalWait);
    }

    private static int streak(List<Boolean> calls, int ratio) {
        int streak = 0;
        for (int i = calls.size() - 1; i >= 0 && streak < ratio && calls.get(i); i--) {
            streak++;
        }
        return streak;
    }
}

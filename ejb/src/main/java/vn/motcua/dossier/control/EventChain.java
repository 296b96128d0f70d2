package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierEvent;
import vn.motcua.dossier.entity.DossierTransition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a dossier's transitions to its journal, each event hashed over the previous one, and checks
 * a journal: the control sheet (form 05, Circular 01/2018/TT-VPCP) is only worth what its entries
 * are, so an altered entry or a missing one must show.
 */
public final class EventChain {

    /** Sequence numbers of events whose content no longer matches the chain, and of those absent. */
    public record Report(List<Integer> altered, List<Integer> missing) {
        public boolean intact() {
            return altered.isEmpty() && missing.isEmpty();
        }
    }

    /** Chains the transitions after the last event (null for a new dossier); pure, nothing persisted. */
    public List<DossierEvent> append(DossierEvent last, Dossier dossier, List<DossierTransition> transitions,
                                     String actor, String attachmentIds) {
        String previousHash = last == null ? DossierEvent.GENESIS : last.getHash();
        int expected = last == null ? 1 : last.getSequence() + 1;
        List<DossierEvent> events = new ArrayList<>();
        for (DossierTransition transition : transitions) {
            if (transition.sequence() != expected) {
                throw new IllegalStateException("journal of " + dossier.getCode() + " expects event " + expected
                        + ", got " + transition.sequence());
            }
            DossierEvent event = new DossierEvent(dossier, transition, actor, attachmentIds, previousHash);
            events.add(event);
            previousHash = event.getHash();
            expected++;
        }
        return events;
    }

    /** Persists what the dossier recorded since it was last journaled, in the caller's transaction. */
    public List<DossierEvent> journal(EntityManager em, Dossier dossier, String actor, String attachmentIds) {
        List<DossierTransition> transitions = dossier.takeTransitions();
        if (transitions.isEmpty()) {
            return List.of();
        }
        int previous = transitions.get(0).sequence() - 1;
        DossierEvent last = previous == 0 ? null : em.createNamedQuery("DossierEvent.bySequence", DossierEvent.class)
                .setParameter("dossier", dossier).setParameter("sequence", previous).getSingleResult();
        List<DossierEvent> events = append(last, dossier, transitions, actor, attachmentIds);
        events.forEach(em::persist);
        return events;
    }

    /** Checks a dossier's journal against the number of transitions the dossier itself counted. */
    public Report verify(List<DossierEvent> events) {
        return events.isEmpty() ? new Report(List.of(), List.of())
                : verify(events, events.get(0).getDossier().getEventCount());
    }

    /**
     * An event is altered when its hash does not match its fields, or when the next event's link
     * does not match it (rewritten with a fresh hash); sequence numbers up to the expected count
     * that are absent are missing, which also catches a deleted last entry.
     */
    public Report verify(List<DossierEvent> events, int expectedCount) {
        Map<Integer, DossierEvent> bySequence = new HashMap<>();
        events.forEach(e -> bySequence.put(e.getSequence(), e));
        TreeSet<Integer> altered = new TreeSet<>();
        List<Integer> missing = new ArrayList<>();
        int last = Math.max(expectedCount, events.stream().mapToInt(DossierEvent::getSequence).max().orElse(0));
        for (int sequence = 1; sequence <= last; sequence++) {
            DossierEvent event = bySequence.get(sequence);
            if (event == null) {
                missing.add(sequence);
                continue;
            }
            if (!event.computeHash().equals(event.getHash())) {
                altered.add(sequence);
            }
            DossierEvent previous = bySequence.get(sequence - 1);
            String expectedLink = sequence == 1 ? DossierEvent.GENESIS : previous == null ? null : previous.getHash();
            if (expectedLink != null && !expectedLink.equals(event.getPreviousHash())) {
                altered.add(sequence == 1 ? 1 : sequence - 1);
            }
        }
        return new Report(List.copyOf(altered), List.copyOf(missing));
    }

}

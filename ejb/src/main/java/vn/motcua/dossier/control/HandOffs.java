package vn.motcua.dossier.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.dossier.boundary.DossierChangedEvent;
import vn.motcua.dossier.boundary.RoutingMessage;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The common shape of every action on a dossier: refuse a stale screen, apply the change to the
 * entity, close the tasks of the steps it closed, journal the events and route the steps it opened,
 * all in the caller's transaction. The dossier row is locked before its version is compared, and
 * every action journals an event and so raises the version: of two officers acting at once on the
 * same screen state, the second waits for the first, then finds a newer version and is told so.
 */
@Dependent
public class HandOffs {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Dispatch dispatch;

    @Inject
    private Event<DossierChangedEvent> changed;

    /** The dossier as the officer saw it, or a clear refusal when it has changed since. */
    public Dossier current(Dossier dossier, long seenVersion) {
        em.refresh(dossier, LockModeType.PESSIMISTIC_WRITE);
        if (dossier.getVersion() != seenVersion) {
            throw new BusinessException("dossier.changedMeanwhile", dossier.getCode().value());
        }
        return dossier;
    }

    /**
     * Applies the change and settles its consequences. The outcome is written on every task the
     * change closed; an exception from the entity's rules is translated and rolls everything back.
     */
    /** What an action settled: the tasks it closed and the hand-off it routed, if any. */
    public record Settled(List<DossierTask> closed, Optional<RoutingMessage> routed) {
    }

    public Settled apply(Dossier dossier, String officer, DossierAction outcome, String attachmentIds,
                                   Instant at, Consumer<Dossier> change) {
        Set<Integer> before = dossier.getOpenSteps();
        try {
            change.accept(dossier);
        } catch (vn.motcua.dossier.entity.DossierRuleException refusal) {
            throw DossierException.of(refusal);
        }
        Set<Integer> after = dossier.getOpenSteps();
        List<DossierTask> open = em.createNamedQuery("DossierTask.openOf", DossierTask.class)
                .setParameter("dossier", dossier).getResultList();
        List<DossierTask> closed = open.stream().filter(t -> !after.contains(t.getStep())
                || outcome == DossierAction.RETURN_TO_STEP).toList();
        for (DossierTask task : closed) {
            task.close(officer, outcome, at, calendars.classifyResolved(task.getAgency().getCode(), at, task.getDueAt()));
        }
        new EventChain().journal(em, dossier, officer, attachmentIds);
        Set<Integer> opened = new HashSet<>(after);
        opened.removeAll(before);
        if (outcome == DossierAction.RETURN_TO_STEP) {
            opened.addAll(after);
        }
        Optional<RoutingMessage> routed = dispatch.route(dossier, opened, officer, at);
        try {
            // written now, not at commit, so that losing the race to another officer is told in Vietnamese
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new BusinessException("dossier.changedMeanwhile", dossier.getCode().value());
        }
        changed.fire(new DossierChangedEvent(dossier.getCode().value()));
        return new Settled(closed, routed);
    }
}

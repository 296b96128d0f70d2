package vn.motcua.queue.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.control.DailyCounter;
import vn.motcua.queue.boundary.QueueDays;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The day's number series of a group, as the dossier codes are made: the queue_number row is raised by
 * one UPDATE in the issuing transaction and stays locked until it commits, so two nodes never give the
 * same number and a rolled-back issue gives its number back (no gap); so does a refused write (giveBack).
 * The caller raises it just before writing the ticket with the raised number, for each ticket of the
 * transaction, so the row is held from the first raise to the commit. Only the day's first ticket opens
 * the row, in a transaction of its own.
 */
@Dependent
public class QueueNumbers {

    // the cap is part of the UPDATE: a full day is never raised, so there is nothing to give back
    private static final String RAISE = "UPDATE queue_number SET last_number = last_number + 1"
            + " WHERE group_id = ?1 AND ticket_day = ?2 AND last_number < ?3";
    private static final String LOWER = "UPDATE queue_number SET last_number = last_number - 1"
            + " WHERE group_id = ?1 AND ticket_day = ?2";
    private static final String READ = "SELECT last_number FROM queue_number WHERE group_id = ?1 AND ticket_day = ?2";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private QueueDays days;

    /** The group's number of the day, raised; empty, with nothing raised, when the day's cap is reached. */
    public OptionalInt raise(long groupId, LocalDate day, int cap) {
        OptionalInt raised = raised(groupId, day, cap);
        if (raised.isPresent()) {
            return raised;
        }
        if (em.createNativeQuery(READ).setParameter(1, groupId).setParameter(2, day).getResultList().isEmpty()) {
            days.open(groupId, day);
        }
        // the day opened just now (here or by another kiosk), or it is full and this fails again
        return raised(groupId, day, cap);
    }

    /** Gives back the number just raised in this transaction, which still holds the row (a refused write). */
    public void giveBack(long groupId, LocalDate day) {
        em.createNativeQuery(LOWER).setParameter(1, groupId).setParameter(2, day).executeUpdate();
    }

    /** The last number given today, without taking one (0 before the first). */
    public int last(long groupId, LocalDate day) {
        List<?> rows = em.createNativeQuery(READ).setParameter(1, groupId).setParameter(2, day).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    private OptionalInt raised(long groupId, LocalDate day, int cap) {
        // the number comes back with the UPDATE: no read of it while the row is locked
        List<?> rows = em.createNativeQuery(DailyCounter.returning(em, RAISE)).setParameter(1, groupId).setParameter(2, day)
                .setParameter(3, cap).getResultList();
        return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
    }
}

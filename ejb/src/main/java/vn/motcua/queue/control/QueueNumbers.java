package vn.motcua.queue.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.queue.boundary.QueueDays;

import java.time.LocalDate;
import java.util.List;

/**
 * The next number of a group's series of the day, as the dossier codes are made: the queue_number row
 * is raised by one UPDATE in the issuing transaction and stays locked until it commits, so two nodes
 * never give the same number and a rolled-back issue gives its number back (no gap). Only the day's
 * first ticket opens the row, in a transaction of its own.
 */
@Dependent
public class QueueNumbers {

    private static final String RAISE = "UPDATE queue_number SET last_number = last_number + 1"
            + " WHERE group_id = ?1 AND ticket_day = ?2";
    private static final String READ = "SELECT last_number FROM queue_number WHERE group_id = ?1 AND ticket_day = ?2";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private QueueDays days;

    public int next(long groupId, LocalDate day) {
        if (raise(groupId, day) == 0) {
            try {
                days.open(groupId, day);
            } catch (EJBException raced) {
                // another kiosk opened the day a moment earlier: the row is there, raise it
            }
            if (raise(groupId, day) == 0) {
                throw new IllegalStateException("no number row for group " + groupId + " on " + day);
            }
        }
        return ((Number) em.createNativeQuery(READ).setParameter(1, groupId).setParameter(2, day)
                .getSingleResult()).intValue();
    }

    /** The last number given today, without taking one (0 before the first). */
    public int last(long groupId, LocalDate day) {
        List<?> rows = em.createNativeQuery(READ).setParameter(1, groupId).setParameter(2, day).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    private int raise(long groupId, LocalDate day) {
        return em.createNativeQuery(RAISE).setParameter(1, groupId).setParameter(2, day).executeUpdate();
    }
}

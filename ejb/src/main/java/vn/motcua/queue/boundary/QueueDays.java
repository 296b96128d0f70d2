package vn.motcua.queue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.motcua.shared.boundary.SqlStates;

import java.time.LocalDate;

/** Opens a group's number row for a day at 0, in a transaction of its own (it takes no number). */
@Stateless
@PermitAll
public class QueueDays {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long groupId, LocalDate day) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM queue_number WHERE group_id = ?1 AND ticket_day = ?2")
                .setParameter(1, groupId).setParameter(2, day).getSingleResult();
        if (rows.intValue() == 0) {
            try {
                em.createNativeQuery("INSERT INTO queue_number (group_id, ticket_day, last_number) VALUES (?1, ?2, 0)")
                        .setParameter(1, groupId).setParameter(2, day).executeUpdate();
            } catch (PersistenceException e) {
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
                // kiosks reaching the day's first number together: another opened it a moment earlier, as wanted,
                // so this one ends quietly instead of an ERROR in the log every morning
                session.setRollbackOnly();
            }
        }
    }
}

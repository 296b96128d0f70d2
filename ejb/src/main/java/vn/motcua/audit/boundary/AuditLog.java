package vn.motcua.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.entity.AuditEvent;

import java.util.List;
import java.util.Optional;

/** Writes audit events once, and lets administrators read them. */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    /** Stores the event unless an event with the same id is already stored (a redelivery). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean store(AuditEventMessage message) {
        long seen = em.createNamedQuery("AuditEvent.countByEventId", Long.class)
                .setParameter("eventId", message.eventId()).getSingleResult();
        if (seen > 0) {
            return false;
        }
        em.persist(new AuditEvent(message.eventId(), message.occurredAt(), message.actor(), message.action(),
                message.subject(), message.detail()));
        return true;
    }

    /** Stores an event just made (its id is new, so there is nothing to look up first). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(AuditEventMessage message) {
        em.persist(new AuditEvent(message.eventId(), message.occurredAt(), message.actor(), message.action(),
                message.subject(), message.detail()));
    }

    @RolesAllowed("ADMIN")
    public List<AuditEvent> recent(int first, int max) {
        return em.createNamedQuery("AuditEvent.findRecent", AuditEvent.class)
                .setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList();
    }

    @RolesAllowed("ADMIN")
    public Optional<AuditEvent> byEventId(String eventId) {
        return em.createNamedQuery("AuditEvent.findByEventId", AuditEvent.class)
                .setParameter("eventId", eventId).getResultStream().findFirst();
    }
}

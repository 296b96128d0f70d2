package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.entity.Notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The signed-in officer's notifications: warnings, assignments; read ones drop off the bell. */
@Stateless
@RolesAllowed({"RECEPTION", "SPECIALIST", "LEADER", "CLERK"})
public class Notifications {

    /** One notification as the officer reads it. */
    public record NotificationDto(long id, String dossierCode, String topic, String body, Instant createdAt) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientKind = :kind"
                        + " AND n.recipient = :recipient AND n.readAt IS NULL", Long.class)
                .setParameter("kind", Notification.RecipientKind.OFFICER).setParameter("recipient", officer())
                .getSingleResult();
    }

    public List<NotificationDto> unread(int max) {
        return em.createNamedQuery("Notification.unreadOf", Notification.class)
                .setParameter("kind", Notification.RecipientKind.OFFICER).setParameter("recipient", officer())
                .setMaxResults(Math.min(Math.max(max, 1), 500)).getResultStream()
                .map(n -> new NotificationDto(n.getId(), n.getDossierCode(), n.getTopic().name(), n.getBody(),
                        n.getCreatedAt())).toList();
    }

    /** Marks the officer's own notifications read; ids of someone else's are ignored. */
    public void markRead(List<Long> ids) {
        Instant now = clock.instant();
        for (Long id : ids) {
            Notification n = em.find(Notification.class, id);
            if (n != null && n.getRecipientKind() == Notification.RecipientKind.OFFICER
                    && n.getRecipient().equals(officer())) {
                n.markRead(now);
            }
        }
    }

    private String officer() {
        return session.getCallerPrincipal().getName();
    }
}

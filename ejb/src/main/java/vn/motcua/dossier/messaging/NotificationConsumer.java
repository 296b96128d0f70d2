package vn.motcua.dossier.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.dossier.boundary.NotificationMessage;
import vn.motcua.dossier.entity.Notification;
import vn.motcua.notification.boundary.ApplicantDelivery;

/**
 * Stores each notification once per recipient; an applicant's is then queued for delivery by e-mail
 * and SMS as they chose, in the same transaction.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/notification"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@PermitAll
public class NotificationConsumer implements MessageListener {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ApplicantDelivery delivery;

    @Override
    public void onMessage(Message message) {
        NotificationMessage notification;
        try {
            notification = JSON.fromJson(message.getBody(String.class), NotificationMessage.class);
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable notification message", e);
        }
        for (String recipient : notification.recipients()) {
            long stored = em.createNamedQuery("Notification.exists", Long.class)
                    .setParameter("messageId", notification.messageId())
                    .setParameter("kind", notification.recipientKind())
                    .setParameter("recipient", recipient).getSingleResult();
            if (stored == 0) {
                Notification row = new Notification(notification.messageId(), notification.recipientKind(), recipient,
                        notification.dossierCode(), notification.topic(), notification.body(), notification.at());
                em.persist(row);
                delivery.enqueue(row);
            }
        }
    }
}

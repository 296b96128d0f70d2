package vn.motcua.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.notification.entity.NotificationDelivery;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Records a failed attempt in a transaction of its own, so that the record outlives the rollback of the
 * attempt that failed (which is what makes the broker redeliver).
 */
@Stateless
@PermitAll
public class DeliveryAttempts {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** True while another attempt should follow; false once the row is FAILED (or no longer pending). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(long deliveryId, String error, int maxAttempts) {
        NotificationDelivery delivery = em.find(NotificationDelivery.class, deliveryId);
        if (delivery == null || !delivery.isPending()) {
            return false;
        }
        boolean again = delivery.recordFailure(error, clock.instant(), maxAttempts);
        if (!again) {
            LOG.warning(() -> "Gave up " + delivery + ": " + delivery.getLastError());
        }
        return again;
    }
}

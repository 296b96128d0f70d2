package vn.motcua.notification.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An attempt failed and another will follow: the transaction rolls back, so the broker redelivers the
 * message after the queue's delay. The failed attempt itself was already recorded in a transaction of
 * its own ({@link DeliveryAttempts}).
 */
@ApplicationException(rollback = true)
public class DeliveryPostponed extends RuntimeException {

    public DeliveryPostponed(long deliveryId, Throwable cause) {
        super("delivery " + deliveryId + " failed, to be tried again: " + cause.getMessage(), cause);
    }
}

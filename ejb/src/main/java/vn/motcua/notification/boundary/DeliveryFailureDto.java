package vn.motcua.notification.boundary;

import vn.motcua.dossier.entity.Notification;
import vn.motcua.notification.entity.DeliveryChannel;
import vn.motcua.notification.entity.DeliveryStatus;
import vn.motcua.notification.entity.NotificationDelivery;

import java.time.Instant;

/** A delivery that failed for good (FAILED) or is between attempts (PENDING after a failure), for the admin page. */
public record DeliveryFailureDto(long deliveryId, String dossierCode, Notification.Topic topic, DeliveryChannel channel,
                                 DeliveryStatus status, int attempts, String lastError, Instant updatedAt) {

    static DeliveryFailureDto of(NotificationDelivery delivery) {
        return new DeliveryFailureDto(delivery.getId(), delivery.getNotification().getDossierCode(),
                delivery.getNotification().getTopic(), delivery.getChannel(), delivery.getStatus(),
                delivery.getAttempts(), delivery.getLastError(), delivery.getUpdatedAt());
    }
}

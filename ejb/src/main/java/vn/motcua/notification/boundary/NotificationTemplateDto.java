package vn.motcua.notification.boundary;

import vn.motcua.dossier.entity.Notification;
import vn.motcua.notification.entity.DeliveryChannel;
import vn.motcua.notification.entity.NotificationTemplate;

import java.time.Instant;

/** One template as the administrator reads and edits it; the subject is null for an SMS. */
public record NotificationTemplateDto(Notification.Topic topic, DeliveryChannel channel, String subject, String body,
                                      String updatedBy, Instant updatedAt) {

    static NotificationTemplateDto of(NotificationTemplate template) {
        return new NotificationTemplateDto(template.getTopic(), template.getChannel(), template.getSubject(),
                template.getBody(), template.getUpdatedBy(), template.getUpdatedAt());
    }
}

package vn.motcua.dossier.boundary;

import vn.motcua.dossier.entity.Notification;

import java.time.Instant;
import java.util.List;

/**
 * Message on java:/jms/motcua/notification, JSON, format version 1: one text for some officers
 * (by username) or for an applicant (by applicant id). The message id makes storing it idempotent.
 */
public record NotificationMessage(String messageId, Notification.RecipientKind recipientKind, List<String> recipients,
                                  String dossierCode, Notification.Topic topic, String body, Instant at) {

    public static final int FORMAT_VERSION = 1;

    public NotificationMessage {
        recipients = List.copyOf(recipients);
    }
}

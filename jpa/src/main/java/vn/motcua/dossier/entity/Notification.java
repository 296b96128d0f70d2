package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A message for one officer or one applicant (a warning, a result ready to collect), stored when the
 * notification queue delivers it. The carrying message's id makes a redelivery a no-op.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.exists", query = "SELECT COUNT(n) FROM Notification n WHERE n.messageId = :messageId"
        + " AND n.recipientKind = :kind AND n.recipient = :recipient")
@NamedQuery(name = "Notification.unreadOf", query = "SELECT n FROM Notification n WHERE n.recipientKind = :kind"
        + " AND n.recipient = :recipient AND n.readAt IS NULL ORDER BY n.createdAt DESC")
@NamedQuery(name = "Notification.ofDossier", query = "SELECT n FROM Notification n WHERE n.dossierCode = :code"
        + " ORDER BY n.createdAt")
public class Notification {

    public enum RecipientKind { OFFICER, APPLICANT }

    /** What the message is about; the text shown is the body, already worded. RECEIVED: on receipt; RETURNED: collected, with the invitation to rate. */
    public enum Topic {
        DUE_SOON, OVERDUE, ASSIGNED, RESULT_READY, SUPPLEMENT_REQUESTED, REFUSED, STOPPED, RESCHEDULED, RECEIVED, RETURNED
    }

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, length = 40, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 20, updatable = false)
    private RecipientKind recipientKind;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(name = "dossier_code", length = 60, updatable = false)
    private String dossierCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Topic topic;

    @Column(nullable = false, length = 1000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String messageId, RecipientKind recipientKind, String recipient, String dossierCode,
                        Topic topic, String body, Instant createdAt) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.recipientKind = Objects.requireNonNull(recipientKind, "recipientKind");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.dossierCode = dossierCode;
        this.topic = Objects.requireNonNull(topic, "topic");
        this.body = body.length() > 1000 ? body.substring(0, 1000) : body;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public String getMessageId() { return messageId; }
    public RecipientKind getRecipientKind() { return recipientKind; }
    public String getRecipient() { return recipient; }
    public String getDossierCode() { return dossierCode; }
    public Topic getTopic() { return topic; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}

package vn.motcua.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.Notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One applicant notification on one channel: PENDING while attempts are made, SENT once the mail server
 * or SMS gateway took it, FAILED when the attempts ran out or it cannot be sent at all. The dossier goes
 * on either way; the record is what the administrator sees.
 */
@Entity
@Table(name = "notification_delivery")
@NamedQuery(name = "NotificationDelivery.ofNotification", query = "SELECT d FROM NotificationDelivery d"
        + " WHERE d.notification = :notification ORDER BY d.channel")
@NamedQuery(name = "NotificationDelivery.ofDossier", query = "SELECT d FROM NotificationDelivery d"
        + " WHERE d.dossier = :dossier ORDER BY d.createdAt, d.channel")
@NamedQuery(name = "NotificationDelivery.failures", query = "SELECT d FROM NotificationDelivery d"
        + " JOIN FETCH d.notification WHERE (d.status = vn.motcua.notification.entity.DeliveryStatus.FAILED"
        + " OR (d.status = vn.motcua.notification.entity.DeliveryStatus.PENDING AND d.attempts > 0))"
        + " AND d.dossier.desk.id IN :scope ORDER BY d.updatedAt DESC, d.id DESC")
public class NotificationDelivery {

    public static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "notification_delivery_seq", sequenceName = "notification_delivery_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_delivery_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "notification_id", updatable = false)
    private Notification notification;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", updatable = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DeliveryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NotificationDelivery() {
    }

    public static NotificationDelivery pending(Notification notification, Dossier dossier, DeliveryChannel channel,
                                               Instant at) {
        NotificationDelivery delivery = new NotificationDelivery();
        delivery.notification = Objects.requireNonNull(notification, "notification");
        delivery.dossier = Objects.requireNonNull(dossier, "dossier");
        delivery.channel = Objects.requireNonNull(channel, "channel");
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = Objects.requireNonNull(at, "at");
        delivery.updatedAt = at;
        return delivery;
    }

    public boolean isPending() {
        return status == DeliveryStatus.PENDING;
    }

    /** The mail server or gateway accepted it: counted as an attempt, never sent again. */
    public void markSent(Instant at) {
        requirePending();
        attempts++;
        status = DeliveryStatus.SENT;
        updatedAt = at;
    }

    /**
     * An attempt failed; FAILED once {@code maxAttempts} were made. True while another attempt should
     * follow.
     */
    public boolean recordFailure(String error, Instant at, int maxAttempts) {
        requirePending();
        attempts++;
        lastError = truncated(error);
        updatedAt = at;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            return false;
        }
        return true;
    }

    /** No attempt can succeed (no address, no template, an address the mail server can never take). */
    public void fail(String error, Instant at) {
        requirePending();
        attempts++;
        lastError = truncated(error);
        status = DeliveryStatus.FAILED;
        updatedAt = at;
    }

    /** The administrator tries a failed delivery again, with a fresh count of attempts. */
    public void retry(Instant at) {
        if (status != DeliveryStatus.FAILED) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not FAILED");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        updatedAt = at;
    }

    private void requirePending() {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("delivery " + id + " is already " + status);
        }
    }

    private static String truncated(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH - 1) + "…" : text;
    }

    public Long getId() { return id; }
    public Notification getNotification() { return notification; }
    public Dossier getDossier() { return dossier; }
    public DeliveryChannel getChannel() { return channel; }
    public DeliveryStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NotificationDelivery that && notification.equals(that.notification)
                && channel == that.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(notification, channel);
    }

    @Override
    public String toString() {
        return "delivery " + id + " " + channel + " " + status + " after " + attempts;
    }
}

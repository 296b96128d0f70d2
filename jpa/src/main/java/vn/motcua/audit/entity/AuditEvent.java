package vn.motcua.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One security or administration event (sign-in, lock, account change). Immutable once written;
 * the event id comes from the sender, so a redelivered message is recognised and not stored twice.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.countByEventId", query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.eventId = :eventId")
@NamedQuery(name = "AuditEvent.findByEventId", query = "SELECT e FROM AuditEvent e WHERE e.eventId = :eventId")
@NamedQuery(name = "AuditEvent.findBetween",
        query = "SELECT e FROM AuditEvent e WHERE e.occurredAt >= :from AND e.occurredAt < :to ORDER BY e.occurredAt, e.id")
@NamedQuery(name = "AuditEvent.findRecent", query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, unique = true, length = 36, updatable = false)
    private String eventId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(length = 200, updatable = false)
    private String subject;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(String eventId, Instant occurredAt, String actor, String action, String subject, String detail) {
        this.eventId = Objects.requireNonNull(eventId);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subject = subject;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}

package vn.motcua.exchange.entity;

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
 * One exchange message sent or processed. The message id (unique per direction) makes a redelivery a
 * no-op; the highest sequence applied per dossier tells an older update from a newer one.
 */
@Entity
@Table(name = "exchange_record")
@NamedQuery(name = "ExchangeRecord.find", query = "SELECT r FROM ExchangeRecord r WHERE r.messageId = :messageId"
        + " AND r.direction = :direction")
@NamedQuery(name = "ExchangeRecord.lastSequence", query = "SELECT MAX(r.sequence) FROM ExchangeRecord r"
        + " WHERE r.dossierCode = :dossier AND r.direction = :direction AND r.outcome IN :outcomes")
@NamedQuery(name = "ExchangeRecord.ofDossier", query = "SELECT r FROM ExchangeRecord r WHERE r.dossierCode = :dossier"
        + " ORDER BY r.recordedAt, r.id")
@NamedQuery(name = "ExchangeRecord.count", query = "SELECT COUNT(r) FROM ExchangeRecord r WHERE r.direction = :direction"
        + " AND r.outcome = :outcome AND r.agencyCode = :agency")
public class ExchangeRecord {

    public enum Direction { IN, OUT }

    /** SENT: a forward went out; APPLIED: an update changed the dossier; STALE: older than what was applied, ignored. */
    public enum Outcome { SENT, APPLIED, STALE, DISCARDED }

    @Id
    @SequenceGenerator(name = "exchange_record_seq", sequenceName = "exchange_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_record_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, length = 64, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Direction direction;

    @Column(name = "agency_code", nullable = false, length = 40, updatable = false)
    private String agencyCode;

    @Column(name = "dossier_code", nullable = false, length = 60, updatable = false)
    private String dossierCode;

    @Column(nullable = false, updatable = false)
    private int step;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequence;

    @Column(nullable = false, length = 30, updatable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Outcome outcome;

    /** Why (stale), or the whole body of a discarded dead letter, so that nothing is lost. */
    @Column(length = 1000000, updatable = false)
    private String detail;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ExchangeRecord() {
    }

    public ExchangeRecord(String messageId, Direction direction, String agencyCode, String dossierCode, int step,
                          long sequence, String kind, Outcome outcome, String detail, Instant recordedAt) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
        this.step = step;
        this.sequence = sequence;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.detail = detail == null || detail.length() <= 1000000 ? detail : detail.substring(0, 1000000);
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Long getId() { return id; }
    public String getMessageId() { return messageId; }
    public Direction getDirection() { return direction; }
    public String getAgencyCode() { return agencyCode; }
    public String getDossierCode() { return dossierCode; }
    public int getStep() { return step; }
    public long getSequence() { return sequence; }
    public String getKind() { return kind; }
    public Outcome getOutcome() { return outcome; }
    public String getDetail() { return detail; }
    public Instant getRecordedAt() { return recordedAt; }
}

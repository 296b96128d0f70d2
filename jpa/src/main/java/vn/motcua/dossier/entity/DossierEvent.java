package vn.motcua.dossier.entity;

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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of a dossier's journal, the source of the control sheet (form 05, Circular
 * 01/2018/TT-VPCP). Append-only and immutable: every column is insert-only, and the hash covers the
 * fields and the previous event's hash, so an altered, removed or reordered entry breaks the chain.
 */
@Entity
@Table(name = "dossier_event")
@NamedQuery(name = "DossierEvent.ofDossier", query = "SELECT e FROM DossierEvent e WHERE e.dossier = :dossier"
        + " ORDER BY e.sequence")
@NamedQuery(name = "DossierEvent.bySequence", query = "SELECT e FROM DossierEvent e WHERE e.dossier = :dossier"
        + " AND e.sequence = :sequence")
public class DossierEvent {

    /** The previous hash of a dossier's first event. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @SequenceGenerator(name = "dossier_event_seq", sequenceName = "dossier_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", updatable = false)
    private Dossier dossier;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private DossierAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, updatable = false)
    private DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30, updatable = false)
    private DossierStatus toStatus;

    @Column(nullable = false, updatable = false)
    private int step;

    @Column(length = 2000, updatable = false)
    private String note;

    @Column(name = "attachment_ids", length = 1000, updatable = false)
    private String attachmentIds;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    protected DossierEvent() {
    }

    public DossierEvent(Dossier dossier, DossierTransition transition, String actor, String attachmentIds,
                        String previousHash) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.sequence = transition.sequence();
        this.occurredAt = transition.at();
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = transition.action();
        this.fromStatus = transition.from();
        this.toStatus = transition.to();
        this.step = transition.step();
        this.note = transition.note();
        this.attachmentIds = attachmentIds;
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash = computeHash();
    }

    /**
     * SHA-256 over the fields and the previous hash, each written with its length so that no two
     * different events share a canonical string (the dossier code ties the event to its dossier).
     */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {dossier.getCode().value(), sequence, occurredAt.toEpochMilli(), actor,
                action, fromStatus, toStatus, step, note, attachmentIds, previousHash}) {
            String text = field == null ? "" : field.toString();
            canonical.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public DossierAction getAction() {
        return action;
    }

    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public int getStep() {
        return step;
    }

    public String getNote() {
        return note;
    }

    public String getAttachmentIds() {
        return attachmentIds;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DossierEvent that && sequence == that.sequence
                && dossier.equals(that.dossier);
    }

    @Override
    public int hashCode() {
        return 31 * dossier.hashCode() + sequence;
    }
}

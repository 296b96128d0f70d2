package vn.motcua.chat.entity;

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
import vn.motcua.agency.entity.Agency;
import vn.motcua.dossier.entity.Dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation. Its messages are numbered 1, 2, 3 … by {@link #nextSequence}, called while the row
 * is locked, so the numbers have no gaps and clients catch up by asking for what follows the last one.
 */
@Entity
@Table(name = "chat_conversation")
@NamedQuery(name = "Conversation.direct", query = "SELECT c FROM Conversation c WHERE c.directKey = :key")
@NamedQuery(name = "Conversation.ofAgency", query = "SELECT c FROM Conversation c WHERE c.agency = :agency")
@NamedQuery(name = "Conversation.ofDossier", query = "SELECT c FROM Conversation c WHERE c.dossier = :dossier")
public class Conversation {

    @Id
    @SequenceGenerator(name = "chat_conversation_seq", sequenceName = "chat_conversation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_conversation_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ConversationKind kind;

    @Column(length = 200)
    private String title;

    @Column(name = "direct_key", length = 130, updatable = false)
    private String directKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", updatable = false)
    private Dossier dossier;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected Conversation() {
    }

    private Conversation(ConversationKind kind, String title, String createdBy, Instant createdAt) {
        this.kind = kind;
        this.title = title;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The one direct conversation of two officers, whoever opens it first. */
    public static Conversation direct(String one, String other, Instant at) {
        if (one.equals(other)) {
            throw new IllegalArgumentException("a direct conversation needs two officers");
        }
        Conversation c = new Conversation(ConversationKind.DIRECT, null, one, at);
        c.directKey = directKey(one, other);
        return c;
    }

    public static String directKey(String one, String other) {
        return one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
    }

    public static Conversation group(String title, String createdBy, Instant at) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new IllegalArgumentException("a group needs a title of at most 200 characters");
        }
        return new Conversation(ConversationKind.GROUP, title.strip(), createdBy, at);
    }

    public static Conversation department(Agency agency, Instant at) {
        Conversation c = new Conversation(ConversationKind.DEPARTMENT, agency.getName(), "system", at);
        c.agency = agency;
        return c;
    }

    public static Conversation dossier(Dossier dossier, String openedBy, Instant at) {
        Conversation c = new Conversation(ConversationKind.DOSSIER, dossier.getCode().value(), openedBy, at);
        c.dossier = dossier;
        return c;
    }

    /** The number of the next message; the caller holds the row lock until its transaction ends. */
    public long nextSequence() {
        return ++lastSequence;
    }

    public Long getId() {
        return id;
    }

    public ConversationKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Agency getAgency() {
        return agency;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Conversation c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

package vn.motcua.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer's place in a conversation. Leaving keeps the row: the officer still reads what was said
 * while they belonged, and nothing sent after {@code leftAfter}.
 */
@Entity
@Table(name = "chat_membership")
@NamedQuery(name = "Membership.of", query = "SELECT m FROM Membership m WHERE m.conversation = :conversation"
        + " AND m.officer = :officer")
@NamedQuery(name = "Membership.ofOfficer", query = "SELECT m FROM Membership m JOIN FETCH m.conversation"
        + " WHERE m.officer = :officer ORDER BY m.conversation.id")
@NamedQuery(name = "Membership.allOf", query = "SELECT m FROM Membership m WHERE m.conversation = :conversation")
public class Membership {

    @Id
    @SequenceGenerator(name = "chat_membership_seq", sequenceName = "chat_membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_membership_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conversation_id", updatable = false)
    private Conversation conversation;

    @Column(nullable = false, length = 60, updatable = false)
    private String officer;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    /** The last message the officer may read after leaving; null while a member. */
    @Column(name = "left_after")
    private Long leftAfter;

    @Column(name = "last_read", nullable = false)
    private long lastRead;

    protected Membership() {
    }

    public Membership(Conversation conversation, String officer, Instant joinedAt) {
        this.conversation = Objects.requireNonNull(conversation);
        this.officer = Objects.requireNonNull(officer);
        this.joinedAt = Objects.requireNonNull(joinedAt);
    }

    public boolean isActive() {
        return leftAt == null;
    }

    /** Whether this officer may read the message with that number. */
    public boolean canRead(long sequence) {
        return leftAfter == null || sequence <= leftAfter;
    }

    /** The highest message number this officer may read now. */
    public long readableUpTo() {
        return leftAfter == null ? conversation.getLastSequence() : Math.min(leftAfter, conversation.getLastSequence());
    }

    public void leave(Instant at) {
        if (leftAt == null) {
            leftAt = at;
            leftAfter = conversation.getLastSequence();
        }
    }

    /** Back in the conversation, e.g. a role granted again; what was said meanwhile becomes readable too. */
    public void rejoin(Instant at) {
        if (leftAt != null) {
            leftAt = null;
            leftAfter = null;
            joinedAt = at;
        }
    }

    /** Read marks only move forward, and never beyond what the officer may read. */
    public void markRead(long sequence) {
        lastRead = Math.max(lastRead, Math.min(sequence, readableUpTo()));
    }

    public Conversation getConversation() {
        return conversation;
    }

    public String getOfficer() {
        return officer;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Long getLeftAfter() {
        return leftAfter;
    }

    public long getLastRead() {
        return lastRead;
    }
}

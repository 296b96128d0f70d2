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
 * One message, as plain text: it is escaped wherever it is shown. The client's own id makes a resend
 * after a lost acknowledgement harmless (one row per conversation, sender and client id).
 */
@Entity
@Table(name = "chat_message")
@NamedQuery(name = "ChatMessage.byClientId", query = "SELECT m FROM ChatMessage m WHERE m.conversation = :conversation"
        + " AND m.sender = :sender AND m.clientId = :clientId")
@NamedQuery(name = "ChatMessage.after", query = "SELECT m FROM ChatMessage m WHERE m.conversation = :conversation"
        + " AND m.sequence > :after AND m.sequence <= :upTo ORDER BY m.sequence")
@NamedQuery(name = "ChatMessage.before", query = "SELECT m FROM ChatMessage m WHERE m.conversation = :conversation"
        + " AND m.sequence < :before AND m.sequence <= :upTo ORDER BY m.sequence DESC")
@NamedQuery(name = "ChatMessage.sentSince", query = "SELECT COUNT(m) FROM ChatMessage m WHERE m.sender = :sender"
        + " AND m.sentAt > :since")
public class ChatMessage {

    public static final int MAX_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "chat_message_seq", sequenceName = "chat_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_message_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conversation_id", updatable = false)
    private Conversation conversation;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequence;

    @Column(nullable = false, length = 60, updatable = false)
    private String sender;

    @Column(nullable = false, length = MAX_LENGTH, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "client_id", nullable = false, length = 64, updatable = false)
    private String clientId;

    protected ChatMessage() {
    }

    /** Takes the next number of the conversation, whose row the caller has locked. */
    public ChatMessage(Conversation conversation, String sender, String body, Instant sentAt, String clientId) {
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a message has 1 to " + MAX_LENGTH + " characters");
        }
        this.conversation = Objects.requireNonNull(conversation);
        this.sender = Objects.requireNonNull(sender);
        this.body = body;
        this.sentAt = Objects.requireNonNull(sentAt);
        this.clientId = Objects.requireNonNull(clientId);
        this.sequence = conversation.nextSequence();
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public long getSequence() {
        return sequence;
    }

    public String getSender() {
        return sender;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getClientId() {
        return clientId;
    }
}

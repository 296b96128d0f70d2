package vn.motcua.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.motcua.chat.control.ChatTopic;
import vn.motcua.chat.control.DossierLinks;
import vn.motcua.chat.control.Memberships;
import vn.motcua.chat.entity.ChatMessage;
import vn.motcua.chat.entity.Conversation;
import vn.motcua.chat.entity.Membership;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sending and reading messages. A message is numbered, stored and published to the motcua.chat topic in
 * one transaction; readers get only what was sent while they belonged to the conversation.
 */
@Stateless
@PermitAll
public class ChatRoom {

    /** Catch-up after a reconnect sends at most this many per conversation; older ones come by paging back. */
    public static final int CATCH_UP_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChatTopic topic;

    /** motcua.chat.per-officer-per-minute, 30 by default: more than a person types, less than a stuck script. */
    int perMinute = Integer.getInteger("motcua.chat.per-officer-per-minute", 30);

    public ChatMessageDto send(String officer, long conversationId, String clientId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new BusinessException("chat.refused.empty");
        }
        if (text.length() > ChatMessage.MAX_LENGTH) {
            throw new BusinessException("chat.refused.tooLong", ChatMessage.MAX_LENGTH);
        }
        if (clientId == null || clientId.isBlank() || clientId.length() > 64) {
            throw new BusinessException("chat.refused.clientId");
        }
        Memberships memberships = new Memberships(em);
        Membership mine = memberships.requireActive(conversationId, officer);
        List<ChatMessage> resent = em.createNamedQuery("ChatMessage.byClientId", ChatMessage.class)
                .setParameter("conversation", mine.getConversation()).setParameter("sender", officer)
                .setParameter("clientId", clientId).getResultList();
        if (!resent.isEmpty()) {
            // the first copy was stored and pushed; the client lost only our acknowledgement
            return dto(resent.get(0), List.of(), new HashMap<>());
        }
        Instant now = clock.instant();
        long lastMinute = em.createNamedQuery("ChatMessage.sentSince", Long.class).setParameter("sender", officer)
                .setParameter("since", now.minus(Duration.ofMinutes(1))).getSingleResult();
        if (lastMinute >= perMinute) {
            throw new BusinessException("chat.refused.flood", perMinute);
        }
        Conversation conversation = mine.getConversation();
        // the row lock serialises senders of one conversation: numbers without gaps or repeats
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        memberships.alignDerived(conversation, now);
        ChatMessage message = new ChatMessage(conversation, officer, text, now, clientId);
        em.persist(message);
        mine.markRead(message.getSequence());
        List<String> recipients = memberships.activeMembers(conversation);
        Map<String, List<String>> links = new DossierLinks(em).forReaders(text, recipients);
        ChatMessageDto stored = dto(message, List.of(), new HashMap<>());
        topic.publish(new ChatDeliveryMessage(stored, recipients, links));
        return stored.withLinks(links.getOrDefault(officer, List.of()));
    }

    /** What the officer may read after {@code after}, oldest first: the catch-up of a reconnecting client. */
    public List<ChatMessageDto> after(String officer, long conversationId, long after) {
        Membership mine = new Memberships(em).require(conversationId, officer);
        List<ChatMessage> messages = em.createNamedQuery("ChatMessage.after", ChatMessage.class)
                .setParameter("conversation", mine.getConversation()).setParameter("after", after)
                .setParameter("upTo", mine.readableUpTo()).setMaxResults(CATCH_UP_LIMIT).getResultList();
        return forReader(officer, messages);
    }

    /** A page of older messages, oldest first, ending just before {@code before}. */
    public List<ChatMessageDto> before(String officer, long conversationId, long before, int limit) {
        Membership mine = new Memberships(em).require(conversationId, officer);
        List<ChatMessage> messages = new ArrayList<>(em.createNamedQuery("ChatMessage.before", ChatMessage.class)
                .setParameter("conversation", mine.getConversation()).setParameter("before", before)
                .setParameter("upTo", mine.readableUpTo()).setMaxResults(Math.max(1, Math.min(limit, 100)))
                .getResultList());
        Collections.reverse(messages);
        return forReader(officer, messages);
    }

    public void markRead(String officer, long conversationId, long sequence) {
        new Memberships(em).require(conversationId, officer).markRead(sequence);
    }

    private List<ChatMessageDto> forReader(String officer, List<ChatMessage> messages) {
        DossierLinks links = new DossierLinks(em);
        Map<String, String> names = new HashMap<>();
        return messages.stream().map(m -> dto(m, links.forReaders(m.getBody(), List.of(officer))
                .getOrDefault(officer, List.of()), names)).toList();
    }

    private ChatMessageDto dto(ChatMessage m, List<String> links, Map<String, String> names) {
        String name = names.computeIfAbsent(m.getSender(), sender -> em.createNamedQuery("Officer.fullNameOf",
                String.class).setParameter("username", sender).getResultStream().findFirst().orElse(sender));
        return new ChatMessageDto(m.getConversation().getId(), m.getSequence(), m.getSender(), name, m.getBody(),
                m.getSentAt(), m.getClientId(), links);
    }
}

package vn.motcua.chat.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One message as a member reads it; {@code links} are the dossier codes in it that this reader may open
 * (empty on the topic, where each recipient's own list travels beside it).
 */
public record ChatMessageDto(long conversationId, long sequence, String sender, String senderName, String body,
                             Instant sentAt, String clientId, List<String> links) {

    public ChatMessageDto withLinks(List<String> readerLinks) {
        return new ChatMessageDto(conversationId, sequence, sender, senderName, body, sentAt, clientId, readerLinks);
    }
}

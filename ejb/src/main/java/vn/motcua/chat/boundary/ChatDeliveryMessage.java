package vn.motcua.chat.boundary;

import java.util.List;
import java.util.Map;

/**
 * The body of a motcua.chat topic message (JSON, format version 1): a message just stored, the members
 * to push it to, and for each of them the dossier codes in it they may open (absent: none).
 */
public record ChatDeliveryMessage(ChatMessageDto message, List<String> recipients, Map<String, List<String>> links) {

    public static final int FORMAT_VERSION = 1;
}

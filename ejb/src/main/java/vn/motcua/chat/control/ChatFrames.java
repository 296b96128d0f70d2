package vn.motcua.chat.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.motcua.chat.boundary.ChatMessageDto;
import vn.motcua.chat.boundary.ConversationDto;
import vn.motcua.chat.boundary.Presence;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JSON frames the server sends on the chat socket, each with a {@code type}. A message carries its
 * text and, in {@code html}, the same text escaped with the reader's dossier links: the page shows only that.
 */
public final class ChatFrames {

    private ChatFrames() {
    }

    public static String message(ChatMessageDto m) {
        return messageObject(m).build().toString();
    }

    private static JsonObjectBuilder messageObject(ChatMessageDto m) {
        return Json.createObjectBuilder().add("type", "message").add("conversation", m.conversationId())
                .add("sequence", m.sequence()).add("sender", m.sender()).add("senderName", m.senderName())
                .add("text", m.body()).add("html", MessageMarkup.render(m.body(), m.links()))
                .add("sentAt", m.sentAt().toString()).add("clientId", m.clientId());
    }

    /** Messages of one conversation in order; {@code complete} when nothing older remains. */
    public static String history(String type, long conversation, List<ChatMessageDto> messages, boolean complete) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        messages.forEach(m -> items.add(messageObject(m)));
        return Json.createObjectBuilder().add("type", type).add("conversation", conversation).add("messages", items)
                .add("complete", complete).build().toString();
    }

    public static String conversations(List<ConversationDto> conversations, Map<String, Presence> presence) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        conversations.forEach(c -> items.add(conversation(c)));
        JsonObjectBuilder states = Json.createObjectBuilder();
        presence.forEach((officer, state) -> states.add(officer, state.name()));
        return Json.createObjectBuilder().add("type", "conversations").add("items", items)
                .add("unread", conversations.stream().mapToLong(ConversationDto::unread).sum())
                .add("presence", states).build().toString();
    }

    public static String opened(ConversationDto conversation) {
        return Json.createObjectBuilder().add("type", "opened").add("conversation", conversation(conversation))
                .build().toString();
    }

    private static JsonObject conversation(ConversationDto c) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        c.members().forEach(members::add);
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", c.id()).add("kind", c.kind().name())
                .add("title", c.title()).add("unread", c.unread()).add("lastSequence", c.lastSequence())
                .add("active", c.active()).add("members", members);
        if (c.dossierCode() != null) {
            o.add("dossierCode", c.dossierCode());
        }
        return o.build();
    }

    public static String sent(String clientId, ChatMessageDto m) {
        return Json.createObjectBuilder().add("type", "sent").add("clientId", clientId)
                .add("conversation", m.conversationId()).add("sequence", m.sequence()).build().toString();
    }

    public static String refused(String clientId, String message) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("type", "refused").add("message", message);
        if (clientId != null) {
            o.add("clientId", clientId);
        }
        return o.build().toString();
    }

    public static String presence(String officer, Presence state) {
        return Json.createObjectBuilder().add("type", "presence").add("officer", officer).add("state", state.name())
                .build().toString();
    }

    public static String unread(long total) {
        return Json.createObjectBuilder().add("type", "unread").add("total", total).build().toString();
    }

    public static String officers(Collection<String[]> usernameAndName) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        usernameAndName.forEach(o -> items.add(Json.createObjectBuilder().add("username", o[0]).add("name", o[1])));
        return Json.createObjectBuilder().add("type", "officers").add("items", items).build().toString();
    }
}

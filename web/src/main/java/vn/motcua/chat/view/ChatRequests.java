package vn.motcua.chat.view;

import jakarta.ejb.EJBException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import vn.motcua.chat.boundary.ChatMessageDto;
import vn.motcua.chat.boundary.ChatRoom;
import vn.motcua.chat.boundary.ConnectedOfficers;
import vn.motcua.chat.boundary.ConversationDto;
import vn.motcua.chat.boundary.Conversations;
import vn.motcua.chat.control.ChatFrames;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The requests a chat page sends on its socket, each answered by frames for that socket only (messages
 * reach every member through the topic instead):
 * <ul>
 * <li>{@code hello {last: {conversation: sequence}}}: the conversations, then what each missed since;</li>
 * <li>{@code send {conversation, clientId, body}}: stored and pushed to all, acknowledged by {@code sent};</li>
 * <li>{@code history {conversation, before, limit}}; {@code read {conversation, sequence}};</li>
 * <li>{@code direct {with}}, {@code group {title, members}}, {@code add {conversation, members}},
 * {@code remove {conversation, officer}}, {@code dossier {code}}, {@code officers}.</li>
 * </ul>
 */
final class ChatRequests {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String officer;
    private final ChatRoom room;
    private final Conversations conversations;
    private final ConnectedOfficers connected;

    ChatRequests(String officer, ChatRoom room, Conversations conversations, ConnectedOfficers connected) {
        this.officer = officer;
        this.room = room;
        this.conversations = conversations;
        this.connected = connected;
    }

    List<String> handle(String type, JsonObject request) {
        return switch (type) {
            case "hello" -> hello(request);
            case "send" -> {
                ChatMessageDto sent = room.send(officer, id(request), request.getString("clientId", null),
                        request.getString("body", ""));
                yield List.of(ChatFrames.sent(request.getString("clientId"), sent));
            }
            case "history" -> {
                long conversation = id(request);
                long before = request.containsKey("before") ? request.getJsonNumber("before").longValue() : Long.MAX_VALUE;
                int limit = request.getInt("limit", 30);
                List<ChatMessageDto> page = room.before(officer, conversation, before, limit);
                boolean complete = page.size() < limit || page.get(0).sequence() <= 1;
                yield List.of(ChatFrames.history("history", conversation, page, complete));
            }
            case "read" -> {
                room.markRead(officer, id(request), request.getJsonNumber("sequence").longValue());
                yield List.of(ChatFrames.unread(conversations.unreadTotal(officer)));
            }
            case "direct" -> List.of(ChatFrames.opened(conversations.openDirect(officer, request.getString("with"))));
            case "group" -> List.of(ChatFrames.opened(conversations.createGroup(officer, request.getString("title", ""),
                    names(request, "members"))));
            case "add" -> List.of(ChatFrames.opened(conversations.addMembers(officer, id(request), names(request, "members"))));
            case "remove" -> {
                conversations.remove(officer, id(request), request.getString("officer", officer));
                yield List.of(list());
            }
            case "dossier" -> List.of(ChatFrames.opened(conversations.openDossierThread(officer, request.getString("code"))));
            case "officers" -> List.of(ChatFrames.officers(conversations.directory(officer)));
            default -> throw new BusinessException("chat.refused.request");
        };
    }

    /** The list first, then per conversation the client names, everything after the last number it holds. */
    private List<String> hello(JsonObject request) {
        List<String> frames = new ArrayList<>();
        frames.add(list());
        JsonObject last = request.containsKey("last") ? request.getJsonObject("last") : JsonObject.EMPTY_JSON_OBJECT;
        for (String conversation : last.keySet()) {
            long id = Long.parseLong(conversation);
            frames.add(ChatFrames.history("catchup", id, room.after(officer, id,
                    ((JsonNumber) last.get(conversation)).longValue()), true));
        }
        return frames;
    }

    private String list() {
        List<ConversationDto> mine = null;
        for (int attempt = 1; mine == null; attempt++) {
            try {
                mine = conversations.of(officer);
            } catch (EJBException raced) {
                // pages opening at once for officers of one agency (or several tabs of one officer) bring the
                // same channel memberships in step; the losers of the unique keys try again once the winner committed
                if (attempt == 5) {
                    throw raced;
                }
                pause(attempt * 50L);
            }
        }
        Set<String> everyone = new HashSet<>();
        mine.forEach(c -> everyone.addAll(c.members()));
        return ChatFrames.conversations(mine, connected.presenceOf(everyone));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long id(JsonObject request) {
        return request.getJsonNumber("conversation").longValue();
    }

    private static List<String> names(JsonObject request, String key) {
        return request.containsKey(key) ? request.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(FacesMessages.BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("chat.refused.failed");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}

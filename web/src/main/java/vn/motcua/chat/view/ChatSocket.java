package vn.motcua.chat.view;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import vn.motcua.chat.boundary.ChatRoom;
import vn.motcua.chat.boundary.ConnectedOfficers;
import vn.motcua.chat.boundary.Conversations;
import vn.motcua.chat.boundary.Presence;
import vn.motcua.chat.control.ChatFrames;
import vn.motcua.shared.boundary.BusinessException;

import java.io.IOException;
import java.io.StringReader;
import java.security.Principal;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One officer's chat socket. The handshake is an ordinary request of the staff web, so the security
 * constraint on /* lets only a signed-in session in, and the officer is the handshake's principal: no
 * second login, and nobody can speak for someone else. Each text frame is a JSON request ({@link ChatRequests}).
 */
@ServerEndpoint("/chat/socket")
public class ChatSocket implements ConnectedOfficers.Socket {

    private static final Logger LOG = Logger.getLogger(ChatSocket.class.getName());

    @EJB
    private ConnectedOfficers connected;

    @EJB
    private ChatRoom room;

    @EJB
    private Conversations conversations;

    private Session session;
    private String officer;
    private volatile boolean idle;
    private Locale locale = ChatRequests.VIETNAMESE;

    @OnOpen
    public void open(Session opened) throws IOException {
        Principal principal = opened.getUserPrincipal();
        if (principal == null) {
            opened.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        session = opened;
        officer = principal.getName();
        session.setMaxTextMessageBufferSize(64 * 1024);
        connected.connected(this);
    }

    @OnMessage
    public void receive(String text) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            push(ChatFrames.refused(null, ChatRequests.text(locale, "chat.refused.request")));
            return;
        }
        String clientId = request.getString("clientId", null);
        try {
            String type = request.getString("type", "");
            if ("hello".equals(type)) {
                locale = "en".equals(request.getString("lang", "vi")) ? Locale.ENGLISH : ChatRequests.VIETNAMESE;
            }
            if ("idle".equals(type) || "active".equals(type)) {
                Presence before = connected.presenceOf(officer);
                idle = "idle".equals(type);
                connected.activityChanged(officer, before);
                return;
            }
            new ChatRequests(officer, room, conversations, connected).handle(type, request).forEach(this::push);
        } catch (BusinessException e) {
            push(ChatFrames.refused(clientId, ChatRequests.text(locale, e.getMessageKey(), e.getArguments())));
        } catch (ClassCastException | NullPointerException | NumberFormatException e) {
            push(ChatFrames.refused(clientId, ChatRequests.text(locale, "chat.refused.request")));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat request failed", e);
            push(ChatFrames.refused(clientId, ChatRequests.text(locale, "chat.refused.failed")));
        }
    }

    @OnClose
    public void close() {
        if (officer != null) {
            connected.disconnected(this);
        }
    }

    @OnError
    public void error(Throwable failure) {
        LOG.log(Level.FINE, "chat socket failed", failure);
    }

    @Override
    public String officer() {
        return officer;
    }

    @Override
    public boolean idle() {
        return idle;
    }

    @Override
    public void push(String frame) {
        Session open = session;
        if (open != null && open.isOpen()) {
            open.getAsyncRemote().sendText(frame);
        }
    }
}

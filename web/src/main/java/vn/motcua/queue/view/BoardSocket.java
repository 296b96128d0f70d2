package vn.motcua.queue.view;

import jakarta.ejb.EJB;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import vn.motcua.queue.boundary.DisplayBoards;

import java.io.IOException;

/**
 * /board-socket/{desk}: a display board's connection. It receives the desk's state on opening, then
 * every call, recall and pause of that desk from the display topic (DisplayConsumer). Boards only
 * listen: whatever they send is ignored. No login: a board shows numbers and counters, nothing personal.
 */
@ServerEndpoint("/board-socket/{desk}")
public class BoardSocket {

    @EJB
    private DisplayBoards boards;

    @OnOpen
    public void open(Session session, @PathParam("desk") String desk) throws IOException {
        session.setMaxIdleTimeout(0);
        if (desk == null || desk.length() > 40 || !boards.open(desk, session)) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown desk"));
        }
    }

    @OnClose
    public void close(Session session) {
        boards.close(session);
    }

    @OnError
    public void error(Session session, Throwable cause) {
        boards.close(session);
    }
}

package vn.motcua.queue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import vn.motcua.queue.control.QueueBoard;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The display boards connected to this node, by desk. The topic's consumer hands every command here
 * and it is pushed to the boards of that desk; a board that connects (or reconnects after a network
 * drop) first gets the desk's current state.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DisplayBoards {

    private static final Logger LOG = Logger.getLogger(DisplayBoards.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, Set<Session>> boards = new ConcurrentHashMap<>();

    @Inject
    private QueueBoard board;

    /** Registers a board and sends it the current state; false for an unknown desk. */
    public boolean open(String desk, Session session) {
        BoardStateDto state = board.state(desk);
        if (state == null) {
            return false;
        }
        boards.computeIfAbsent(desk, d -> ConcurrentHashMap.newKeySet()).add(session);
        session.getAsyncRemote().sendText(JSON.toJson(state));
        return true;
    }

    public void close(Session session) {
        boards.values().forEach(sessions -> sessions.remove(session));
    }

    /** The current state of a desk's board, for the page's first paint. */
    public BoardStateDto state(String desk) {
        return board.state(desk);
    }

    /** Pushes a command, as received from the topic, to the boards of its desk on this node. */
    public void push(String desk, String json) {
        Set<Session> sessions = boards.getOrDefault(desk, Set.of());
        for (Session session : sessions) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(json, result -> {
                    if (!result.isOK()) {
                        LOG.fine(() -> "board " + session.getId() + " missed a command: " + result.getException());
                    }
                });
            } else {
                sessions.remove(session);
            }
        }
    }

    public int connected() {
        return boards.values().stream().mapToInt(Set::size).sum();
    }
}

package vn.motcua.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.motcua.chat.control.ChatFrames;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat sockets open on this node, by officer, and what each officer's presence is here. The topic's
 * consumer pushes each message to the recipients' sockets; a presence change is pushed to every socket.
 * Presence is per node: with two nodes an officer online on the other shows as offline here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ConnectedOfficers {

    /** One open socket of a signed-in officer. */
    public interface Socket {
        String officer();

        /** Sends a frame without waiting for the client. */
        void push(String frame);

        /** Whether the page reported its officer idle (no key or mouse for a while, or hidden). */
        boolean idle();
    }

    private final Map<String, Set<Socket>> byOfficer = new ConcurrentHashMap<>();

    public void connected(Socket socket) {
        Presence before = presenceOf(socket.officer());
        byOfficer.computeIfAbsent(socket.officer(), o -> ConcurrentHashMap.newKeySet()).add(socket);
        announce(socket.officer(), before);
    }

    public void disconnected(Socket socket) {
        Presence before = presenceOf(socket.officer());
        byOfficer.computeIfPresent(socket.officer(), (o, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
        announce(socket.officer(), before);
    }

    /** Called after a socket's idle flag changed, with the presence before the change. */
    public void activityChanged(String officer, Presence before) {
        announce(officer, before);
    }

    public Presence presenceOf(String officer) {
        Set<Socket> sockets = byOfficer.get(officer);
        if (sockets == null || sockets.isEmpty()) {
            return Presence.OFFLINE;
        }
        return sockets.stream().allMatch(Socket::idle) ? Presence.AWAY : Presence.ONLINE;
    }

    public Map<String, Presence> presenceOf(Collection<String> officers) {
        Map<String, Presence> states = new HashMap<>();
        officers.forEach(o -> states.put(o, presenceOf(o)));
        return states;
    }

    public int socketCount() {
        return byOfficer.values().stream().mapToInt(Set::size).sum();
    }

    /** Pushes a stored message to the recipients connected here, each with their own dossier links. */
    public void deliver(ChatDeliveryMessage delivery) {
        Map<String, List<String>> links = delivery.links() == null ? Map.of() : delivery.links();
        String plain = null;
        for (String recipient : delivery.recipients()) {
            Set<Socket> sockets = byOfficer.get(recipient);
            if (sockets == null) {
                continue;
            }
            String frame;
            if (links.containsKey(recipient)) {
                frame = ChatFrames.message(delivery.message().withLinks(links.get(recipient)));
            } else {
                plain = plain == null ? ChatFrames.message(delivery.message().withLinks(List.of())) : plain;
                frame = plain;
            }
            sockets.forEach(s -> s.push(frame));
        }
    }

    private void announce(String officer, Presence before) {
        Presence now = presenceOf(officer);
        if (now != before) {
            String frame = ChatFrames.presence(officer, now);
            byOfficer.values().forEach(sockets -> sockets.forEach(s -> s.push(frame)));
        }
    }
}

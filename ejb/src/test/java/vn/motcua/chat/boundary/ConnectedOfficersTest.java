package vn.motcua.chat.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sockets on one node: who gets a pushed message, and presence from open sockets and their idleness. */
class ConnectedOfficersTest {

    private static final class FakeSocket implements ConnectedOfficers.Socket {
        final String officer;
        final List<String> frames = new ArrayList<>();
        boolean idle;

        FakeSocket(String officer) {
            this.officer = officer;
        }

        @Override
        public String officer() {
            return officer;
        }

        @Override
        public void push(String frame) {
            frames.add(frame);
        }

        @Override
        public boolean idle() {
            return idle;
        }
    }

    private final ConnectedOfficers connected = new ConnectedOfficers();

    @Test
    void aMessageReachesEverySocketOfEachRecipientWithTheirOwnLinks() {
        FakeSocket leaderTab1 = new FakeSocket("lanhdao");
        FakeSocket leaderTab2 = new FakeSocket("lanhdao");
        FakeSocket province = new FakeSocket("tinh");
        FakeSocket outsider = new FakeSocket("yte");
        List.of(leaderTab1, leaderTab2, province, outsider).forEach(connected::connected);
        List.of(leaderTab1, leaderTab2, province, outsider).forEach(s -> s.frames.clear());
        String code = "000.01.19.H21-260316-0001";
        ChatMessageDto message = new ChatMessageDto(7, 3, "lanhdao", "Rơ Châm Hiền", "Xem " + code,
                Instant.parse("2026-03-16T02:00:00Z"), "c1", List.of());
        connected.deliver(new ChatDeliveryMessage(message, List.of("lanhdao", "tinh", "vanthu"),
                Map.of("lanhdao", List.of(code))));
        assertEquals(1, leaderTab1.frames.size());
        assertEquals(1, leaderTab2.frames.size());
        assertTrue(leaderTab1.frames.get(0).contains("dossier-link"));
        assertTrue(province.frames.get(0).contains("\"html\":\"Xem " + code + "\""));
        assertTrue(outsider.frames.isEmpty(), "not a recipient");
    }

    @Test
    void presenceFollowsOpenSocketsAndIdleness() {
        FakeSocket one = new FakeSocket("kinhte");
        FakeSocket two = new FakeSocket("kinhte");
        FakeSocket watcher = new FakeSocket("taichinh");
        connected.connected(watcher);
        assertEquals(Presence.OFFLINE, connected.presenceOf("kinhte"));
        connected.connected(one);
        connected.connected(two);
        assertEquals(Presence.ONLINE, connected.presenceOf("kinhte"));
        one.idle = true;
        assertEquals(Presence.ONLINE, connected.presenceOf("kinhte"), "one active page is enough");
        two.idle = true;
        connected.activityChanged("kinhte", Presence.ONLINE);
        assertEquals(Presence.AWAY, connected.presenceOf("kinhte"));
        connected.disconnected(one);
        connected.disconnected(two);
        assertEquals(Presence.OFFLINE, connected.presenceOf("kinhte"));
        assertEquals(List.of("{\"type\":\"presence\",\"officer\":\"kinhte\",\"state\":\"ONLINE\"}",
                "{\"type\":\"presence\",\"officer\":\"kinhte\",\"state\":\"AWAY\"}",
                "{\"type\":\"presence\",\"officer\":\"kinhte\",\"state\":\"OFFLINE\"}"),
                watcher.frames.stream().filter(f -> f.contains("kinhte")).toList());
    }
}

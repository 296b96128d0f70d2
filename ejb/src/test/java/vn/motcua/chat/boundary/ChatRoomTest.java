package vn.motcua.chat.boundary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.motcua.chat.control.ChatTopic;
import vn.motcua.chat.entity.ConversationKind;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chat's rules over the real mappings and V18 on the demo office, each call in its own transaction as
 * the container runs it: numbering, resends, limits, who may read what.
 */
class ChatRoomTest {

    private static InMemoryDatabase database;
    private static final Instant START = Instant.parse("2026-03-16T02:00:00Z");
    private Instant now = START;
    private final List<ChatDeliveryMessage> published = new ArrayList<>();

    @BeforeAll
    static void load() {
        database = new InMemoryDatabase().withDemoOffice(START);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private <T> T room(Function<ChatRoom, T> call) {
        return database.inTransaction(em -> {
            ChatRoom room = new ChatRoom();
            room.em = em;
            room.clock = Clock.fixed(now, Clocks.VIETNAM);
            room.topic = new ChatTopic() {
                @Override
                public void publish(ChatDeliveryMessage delivery) {
                    published.add(delivery);
                }
            };
            room.perMinute = 5;
            return call.apply(room);
        });
    }

    private <T> T conversations(Function<Conversations, T> call) {
        return database.inTransaction(em -> {
            Conversations conversations = new Conversations();
            conversations.em = em;
            conversations.clock = Clock.fixed(now, Clocks.VIETNAM);
            return call.apply(conversations);
        });
    }

    private ChatMessageDto send(String officer, long conversation, String body) {
        now = now.plusSeconds(1);
        return room(r -> r.send(officer, conversation, UUID.randomUUID().toString(), body));
    }

    private long unread(String officer) {
        return conversations(c -> c.unreadTotal(officer));
    }

    private static void refused(String key, Executable call) {
        assertEquals(key, assertThrows(BusinessException.class, call).getMessageKey());
    }

    @Test
    void messagesOfAConversationAreNumberedInOrderAndReachItsMembers() {
        long direct = conversations(c -> c.openDirect("tuphap", "kinhte")).id();
        assertEquals(direct, conversations(c -> c.openDirect("kinhte", "tuphap")).id(), "one direct conversation per pair");
        List<Long> numbers = IntStream.range(0, 3).mapToObj(i -> send(i % 2 == 0 ? "tuphap" : "kinhte", direct,
                "tin " + i).sequence()).toList();
        assertEquals(List.of(1L, 2L, 3L), numbers);
        ChatDeliveryMessage last = published.get(published.size() - 1);
        assertEquals(List.of("kinhte", "tuphap"), last.recipients());
        assertEquals(List.of(2L, 3L), room(r -> r.after("kinhte", direct, 1)).stream().map(ChatMessageDto::sequence).toList());
        assertEquals(List.of(1L, 2L), room(r -> r.before("kinhte", direct, 3, 10)).stream().map(ChatMessageDto::sequence).toList());
    }

    @Test
    void aResendWithTheSameClientIdIsStoredOnce() {
        long direct = conversations(c -> c.openDirect("taichinh", "yte")).id();
        ChatMessageDto first = room(r -> r.send("taichinh", direct, "abc-1", "Chào chị"));
        int publishedBefore = published.size();
        ChatMessageDto again = room(r -> r.send("taichinh", direct, "abc-1", "Chào chị"));
        assertEquals(first.sequence(), again.sequence());
        assertEquals(publishedBefore, published.size(), "a resend is not pushed twice");
        assertEquals(1, room(r -> r.after("yte", direct, 0)).size());
    }

    @Test
    void oversizedEmptyAndFloodingMessagesAreRefused() {
        long direct = conversations(c -> c.openDirect("vanthu", "quantri")).id();
        refused("chat.refused.tooLong", () -> send("vanthu", direct, "x".repeat(2001)));
        refused("chat.refused.empty", () -> send("vanthu", direct, "   "));
        for (int i = 0; i < 5; i++) {
            send("vanthu", direct, "tin " + i);
        }
        refused("chat.refused.flood", () -> send("vanthu", direct, "một tin nữa"));
        now = now.plus(Duration.ofMinutes(1));
        assertEquals(6, send("vanthu", direct, "một phút sau").sequence());
    }

    @Test
    void anOfficerOutsideAConversationCanNeitherReadNorWrite() {
        long direct = conversations(c -> c.openDirect("tiepnhan", "chuyenvien")).id();
        send("tiepnhan", direct, "Hồ sơ này cần bổ sung");
        refused("chat.refused.notMember", () -> send("yte", direct, "xen vào"));
        refused("chat.refused.notMember", () -> room(r -> r.after("yte", direct, 0)));
        refused("chat.refused.notMember", () -> room(r -> r.before("yte", direct, 99, 10)));
        assertTrue(conversations(c -> c.of("yte")).stream().noneMatch(c -> c.id() == direct));
    }

    @Test
    void anExMemberReadsWhatWasSaidWhileTheyBelongedAndNothingAfter() {
        long group = conversations(c -> c.createGroup("lanhdao", "Họp giao ban", Set.of("tuphap", "kinhte"))).id();
        send("lanhdao", group, "trước khi rời");
        conversations(c -> {
            c.remove("lanhdao", group, "kinhte");
            return null;
        });
        send("lanhdao", group, "sau khi rời");
        assertFalse(published.get(published.size() - 1).recipients().contains("kinhte"));
        assertEquals(List.of("trước khi rời"), room(r -> r.after("kinhte", group, 0)).stream().map(ChatMessageDto::body).toList());
        assertEquals(1, room(r -> r.before("kinhte", group, 100, 50)).size());
        refused("chat.refused.notMember", () -> send("kinhte", group, "cho tôi vào"));
        refused("chat.refused.notCreator", () -> conversations(c -> {
            c.remove("tuphap", group, "lanhdao");
            return null;
        }));
        ConversationDto seenByExMember = conversations(c -> c.of("kinhte")).stream().filter(c -> c.id() == group)
                .findFirst().orElseThrow();
        assertFalse(seenByExMember.active());
        assertEquals(1, seenByExMember.lastSequence());
    }

    @Test
    void departmentChannelsFollowRoleAssignmentsAndCountUnread() {
        ConversationDto justice = conversations(c -> c.of("tuphap")).stream()
                .filter(c -> c.kind() == ConversationKind.DEPARTMENT).findFirst().orElseThrow();
        assertEquals(List.of("lanhdao", "tuphap"), justice.members(), "the specialist and the acting head");
        long before = unread("tuphap");
        long leaderBefore = unread("lanhdao");
        send("lanhdao", justice.id(), "Chiều nay họp phòng");
        send("lanhdao", justice.id(), "Nhớ mang hồ sơ");
        assertEquals(before + 2, unread("tuphap"), "other tests share the database");
        assertEquals(leaderBefore, unread("lanhdao"), "one's own messages are read");
        room(r -> {
            r.markRead("tuphap", justice.id(), 1);
            return null;
        });
        assertEquals(before + 1, unread("tuphap"));
        refused("chat.refused.notMember", () -> send("kinhte", justice.id(), "không phải phòng tôi"));
    }

    @Test
    void aDossierThreadNeedsADossierTheOfficerMaySee() {
        refused("chat.refused.dossier", () -> conversations(c -> c.openDossierThread("tuphap", "000.01.19.H21-260316-9999")));
    }
}

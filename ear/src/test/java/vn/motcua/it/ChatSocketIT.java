package vn.motcua.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chat socket against the real server, as pages would use it: JDK WebSocket clients on the session
 * cookies of officers signed in over HTTP. Each test uses its own officers, because the flood limit
 * counts per officer per minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatSocketIT {

    private static final Duration QUIET = Duration.ofSeconds(2);
    /** Client ids are unique per run: the test server's database outlives a run, and a known id is a resend. */
    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static String send(long conversation, String clientId, String body) {
        return "{\"type\":\"send\",\"conversation\":" + conversation + ",\"clientId\":\"" + RUN + clientId + "\",\"body\":"
                + jakarta.json.Json.createValue(body) + "}";
    }

    private static long opened(ChatClient client, String request) throws InterruptedException {
        client.send(request);
        return client.await("opened").getJsonObject("conversation").getJsonNumber("id").longValue();
    }

    private static long sequence(JsonObject frame) {
        return frame.getJsonNumber("sequence").longValue();
    }

    @Test
    void messagesReachTheOtherOfficerInOrderAndMarkupStaysText() throws Exception {
        try (ChatClient tuphap = ChatClient.signedIn(base, "tuphap"); ChatClient kinhte = ChatClient.signedIn(base, "kinhte")) {
            kinhte.send("{\"type\":\"hello\",\"last\":{}}");
            kinhte.await("conversations");
            long direct = opened(tuphap, "{\"type\":\"direct\",\"with\":\"kinhte\"}");
            long first = -1;
            for (int i = 0; i < 10; i++) {
                tuphap.send(send(direct, "order-" + i, "tin số " + i));
            }
            tuphap.send(send(direct, "markup", "<script>alert('x')</script><b>đậm</b>"));
            for (int i = 0; i < 11; i++) {
                JsonObject received = kinhte.await(f -> "message".equals(f.getString("type")), Duration.ofSeconds(10));
                first = first < 0 ? sequence(received) : first;
                assertEquals(first + i, sequence(received), "numbers follow each other without gaps");
                if (i < 10) {
                    assertEquals("tin số " + i, received.getString("text"));
                } else {
                    assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;đậm&lt;/b&gt;", received.getString("html"));
                    assertEquals("Ksor H'Nga", received.getString("senderName"));
                }
            }
            assertEquals("sent", tuphap.await(f -> "sent".equals(f.getString("type"))
                    && (RUN + "markup").equals(f.getString("clientId")), Duration.ofSeconds(10)).getString("type"));
            tuphap.send(send(direct, "order-3", "tin số 3"));
            assertTrue(kinhte.messagesWithin(direct, QUIET).isEmpty(), "a resend with the same client id is not delivered twice");
        }
    }

    @Test
    void aReconnectingClientGetsExactlyWhatItMissed() throws Exception {
        long direct;
        long seen;
        try (ChatClient taichinh = ChatClient.signedIn(base, "taichinh")) {
            direct = opened(taichinh, "{\"type\":\"direct\",\"with\":\"yte\"}");
            try (ChatClient yte = ChatClient.signedIn(base, "yte")) {
                yte.send("{\"type\":\"hello\",\"last\":{}}");
                yte.await("conversations");
                taichinh.send(send(direct, "before-gap", "Chị xem giúp hồ sơ"));
                seen = sequence(yte.await("message"));
            }
            for (int i = 0; i < 5; i++) {
                taichinh.send(send(direct, "gap-" + i, "trong lúc mất kết nối " + i));
                taichinh.await(f -> "sent".equals(f.getString("type")), Duration.ofSeconds(10));
            }
            try (ChatClient yte = ChatClient.signedIn(base, "yte")) {
                yte.send("{\"type\":\"hello\",\"last\":{\"" + direct + "\":" + seen + "}}");
                JsonObject list = yte.await("conversations");
                assertTrue(list.getJsonArray("items").stream().anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == direct));
                JsonObject catchUp = yte.await("catchup");
                List<Long> numbers = catchUp.getJsonArray("messages").stream().map(m -> sequence(m.asJsonObject())).toList();
                assertEquals(IntStream.rangeClosed(1, 5).mapToObj(i -> seen + i).toList(), numbers, "no gap, no duplicate");
                assertEquals("trong lúc mất kết nối 4", catchUp.getJsonArray("messages").getJsonObject(4).getString("text"));
            }
        }
    }

    @Test
    void anOfficerOutsideTheConversationIsRefusedAndNoSessionNoSocket() throws Exception {
        assertThrows(CompletionException.class, () -> ChatClient.open(base, null), "the handshake needs a signed-in session");
        assertThrows(CompletionException.class, () -> ChatClient.open(base, "JSESSIONID=forged"));
        try (ChatClient vanthu = ChatClient.signedIn(base, "vanthu"); ChatClient tinh = ChatClient.signedIn(base, "tinh")) {
            long direct = opened(vanthu, "{\"type\":\"direct\",\"with\":\"quantri\"}");
            vanthu.send(send(direct, "private", "Chỉ hai chúng ta"));
            vanthu.await("sent");
            tinh.send(send(direct, "intrude", "xen vào"));
            assertEquals("Anh/chị không thuộc cuộc trao đổi này.", tinh.await("refused").getString("message"));
            tinh.send("{\"type\":\"history\",\"conversation\":" + direct + ",\"limit\":30}");
            assertEquals("Anh/chị không thuộc cuộc trao đổi này.", tinh.await("refused").getString("message"));
            assertTrue(tinh.messagesWithin(direct, QUIET).isEmpty());
            tinh.send("not json");
            assertEquals("Yêu cầu không hợp lệ.", tinh.await("refused").getString("message"));
        }
    }

    @Test
    void anExMemberGetsNothingSentAfterLeaving() throws Exception {
        try (ChatClient lanhdao = ChatClient.signedIn(base, "lanhdao");
             ChatClient chuyenvien = ChatClient.signedIn(base, "chuyenvien")) {
            long group = opened(lanhdao, "{\"type\":\"group\",\"title\":\"Giao ban sáng\",\"members\":[\"chuyenvien\",\"tiepnhan\"]}");
            lanhdao.send(send(group, "before-leave", "Trước khi rời nhóm"));
            assertEquals("Trước khi rời nhóm", chuyenvien.await("message").getString("text"));
            lanhdao.send("{\"type\":\"remove\",\"conversation\":" + group + ",\"officer\":\"chuyenvien\"}");
            lanhdao.await("conversations");
            lanhdao.send(send(group, "after-leave", "Sau khi rời nhóm"));
            lanhdao.await("sent");
            assertTrue(chuyenvien.messagesWithin(group, QUIET).isEmpty(), "nothing pushed after leaving");
            chuyenvien.send("{\"type\":\"hello\",\"last\":{\"" + group + "\":1}}");
            JsonObject list = chuyenvien.await("conversations");
            JsonObject mine = list.getJsonArray("items").stream().map(c -> c.asJsonObject())
                    .filter(c -> c.getJsonNumber("id").longValue() == group).findFirst().orElseThrow();
            assertFalse(mine.getBoolean("active"));
            assertTrue(chuyenvien.await("catchup").getJsonArray("messages").isEmpty(), "nothing on catch-up either");
            chuyenvien.send("{\"type\":\"history\",\"conversation\":" + group + ",\"limit\":30}");
            JsonObject history = chuyenvien.await("history");
            assertEquals(1, history.getJsonArray("messages").size());
            chuyenvien.send(send(group, "ex", "cho tôi nói"));
            assertEquals("Anh/chị không thuộc cuộc trao đổi này.", chuyenvien.await("refused").getString("message"));
        }
    }

    @Test
    void aDossierCodeIsALinkOnlyForWhoMaySeeTheDossier() throws Exception {
        String code = demoDossierReceivedToday();
        try (ChatClient lanhdao = ChatClient.signedIn(base, "lanhdao"); ChatClient tinh = ChatClient.signedIn(base, "tinh")) {
            long direct = opened(lanhdao, "{\"type\":\"direct\",\"with\":\"tinh\"}");
            lanhdao.send(send(direct, "code-link", "Anh xem hồ sơ " + code + " nhé"));
            String leaderSees = lanhdao.await("message").getString("html");
            assertTrue(leaderSees.contains("<a class=\"dossier-link\" href=\"dossiers/dossier?code=" + code + "\">"), leaderSees);
            String provinceSees = tinh.await("message").getString("html");
            assertEquals("Anh xem hồ sơ " + code + " nhé", provinceSees, "no link outside the officer's agencies");
        }
    }

    @Test
    void aDossierThreadBringsInItsHandlersAndRefusesOfficersOutsideIt() throws Exception {
        String code = demoDossierReceivedToday();
        try (ChatClient lanhdao = ChatClient.signedIn(base, "lanhdao"); ChatClient tinh = ChatClient.signedIn(base, "tinh")) {
            lanhdao.send("{\"type\":\"dossier\",\"code\":\"" + code + "\"}");
            JsonObject thread = lanhdao.await("opened").getJsonObject("conversation");
            assertEquals("DOSSIER", thread.getString("kind"));
            assertEquals(code, thread.getString("dossierCode"));
            List<String> members = thread.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            assertTrue(members.containsAll(List.of("lanhdao", "tiepnhan")), "the leader and the desk officer who received it: " + members);
            tinh.send("{\"type\":\"dossier\",\"code\":\"" + code + "\"}");
            assertEquals("Không tìm thấy hồ sơ " + code + " trong phạm vi anh/chị được xem.",
                    tinh.await("refused").getString("message"));
        }
    }

    @Test
    void oversizedMessagesAndFloodsAreRefusedInVietnamese() throws Exception {
        try (ChatClient quantri = ChatClient.signedIn(base, "quantri")) {
            long direct = opened(quantri, "{\"type\":\"direct\",\"with\":\"tiepnhan\"}");
            quantri.send(send(direct, "long", "x".repeat(2001)));
            assertEquals("Tin nhắn dài quá 2.000 ký tự, chưa gửi. Xin chia thành nhiều tin.",
                    quantri.await("refused").getString("message"));
            for (int i = 0; i < 30; i++) {
                quantri.send(send(direct, "flood-" + i, "tin " + i));
                quantri.await(f -> "sent".equals(f.getString("type")), Duration.ofSeconds(10));
            }
            quantri.send(send(direct, "flood-30", "một tin quá nhiều"));
            JsonObject refused = quantri.await("refused");
            assertEquals(RUN + "flood-30", refused.getString("clientId"));
            assertTrue(refused.getString("message").startsWith("Anh/chị đã gửi 30 tin trong một phút"), refused.toString());
        }
    }

    /** The demo's dossier received "today": the first number of the last weekday (DemoDossiers). */
    static String demoDossierReceivedToday() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return "000.01.19.H21-" + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-0001";
    }
}

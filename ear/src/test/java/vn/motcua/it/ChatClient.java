package vn.motcua.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A chat page without a browser: the JDK's WebSocket on the session cookie of a signed-in officer. */
final class ChatClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    private final List<JsonObject> backlog = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    /** Signs the officer in over HTTP and opens the socket with that session. */
    static ChatClient signedIn(URL base, String username) throws Exception {
        StaffSession session = new StaffSession(base);
        session.signIn(username, "MotCua@2026");
        return open(base, session.cookieHeader());
    }

    static ChatClient open(URL base, String cookie) {
        ChatClient client = new ChatClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (cookie != null && !cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        client.socket = builder.buildAsync(socketUri(base), client).join();
        return client;
    }

    static URI socketUri(URL base) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + "chat/socket");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                incoming.add(reader.readObject());
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The first frame, received or still to come within the timeout, that matches; others stay for later. */
    JsonObject await(Predicate<JsonObject> wanted, Duration timeout) throws InterruptedException {
        return find(wanted, timeout).orElseThrow(() -> new AssertionError("no matching frame within " + timeout
                + "; got " + backlog));
    }

    JsonObject await(String type) throws InterruptedException {
        return await(f -> type.equals(f.getString("type")), Duration.ofSeconds(10));
    }

    Optional<JsonObject> find(Predicate<JsonObject> wanted, Duration timeout) throws InterruptedException {
        for (Iterator<JsonObject> it = backlog.iterator(); it.hasNext(); ) {
            JsonObject frame = it.next();
            if (wanted.test(frame)) {
                it.remove();
                return Optional.of(frame);
            }
        }
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = until - System.nanoTime();
            JsonObject frame = left <= 0 ? null : incoming.poll(left, TimeUnit.NANOSECONDS);
            if (frame == null) {
                return Optional.empty();
            }
            if (wanted.test(frame)) {
                return Optional.of(frame);
            }
            backlog.add(frame);
        }
    }

    /** Message frames of a conversation that arrived within the time, in arrival order. */
    List<JsonObject> messagesWithin(long conversation, Duration time) throws InterruptedException {
        List<JsonObject> messages = new ArrayList<>();
        Optional<JsonObject> next;
        while ((next = find(f -> "message".equals(f.getString("type")) && f.getJsonNumber("conversation")
                .longValue() == conversation, time)).isPresent()) {
            messages.add(next.get());
        }
        return messages;
    }

    boolean closedWithin(Duration time) {
        try {
            closed.get(time.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        socket.abort();
    }
}

package vn.motcua.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chat fan-out (chat issue: 200 connected clients, fan-out latency p99 &lt; 200 ms; heap per connected
 * client). The ten demo officers each hold 20 sockets (bench.chat.clients in all) and share one group;
 * one officer sends bench.chat.messages messages, one every bench.chat.interval-ms, each stamped with the
 * sender's clock, and every socket notes when it arrives (same JVM, same clock). The heap is the server's,
 * read with jcmd after a full GC, before and after the sockets connect.
 */
final class ChatBenchmark implements Benchmarks.Benchmark {

    private static final String[] OFFICERS = {"lanhdao", "tiepnhan", "chuyenvien", "tuphap", "kinhte", "taichinh",
            "yte", "vanthu", "quantri", "tinh"};
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern STAMP = Pattern.compile("\"text\":\"bench (\\d+) (\\d+)\"");
    private static final Pattern ACK = Pattern.compile("\"type\":\"sent\",\"clientId\":\"b(\\d+)\"");
    private static final Pattern CONVERSATION_ID = Pattern.compile("\"type\":\"opened\",\"conversation\":\\{\"id\":(\\d+)");

    private final Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
    private final Path ear = Path.of(System.getProperty("motcua.ear"));
    private final Path work = Path.of(System.getProperty("bench.dir", "target/bench"), "chat");
    private final int offset = Integer.getInteger("bench.port.offset", 0);
    private final int clients = Integer.getInteger("bench.chat.clients", 200);
    private final int messages = Integer.getInteger("bench.chat.messages", 100);
    private final int intervalMillis = Integer.getInteger("bench.chat.interval-ms", 250);
    private final String base = "http://localhost:" + (8080 + offset) + "/motcua/";
    private final HttpClient sockets = HttpClient.newHttpClient();

    /** One connected page: it counts the bench messages and keeps their fan-out latencies. */
    private static final class Page implements WebSocket.Listener {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
        final StringBuilder partial = new StringBuilder();
        final AtomicInteger received = new AtomicInteger();
        volatile String lastFrame = "";
        volatile CountDownLatch expected;
        final CountDownLatch hello = new CountDownLatch(1);

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                String frame = partial.toString();
                partial.setLength(0);
                lastFrame = frame;
                Matcher stamp = STAMP.matcher(frame);
                Matcher ack = ACK.matcher(frame);
                if (ack.find()) {
                    acks.add(now - Long.parseLong(ack.group(1)));
                } else if (stamp.find()) {
                    latencies.add(now - Long.parseLong(stamp.group(2)));
                    received.incrementAndGet();
                    if (expected != null) {
                        expected.countDown();
                    }
                } else if (frame.contains("\"type\":\"conversations\"")) {
                    hello.countDown();
                }
            }
            socket.request(1);
            return null;
        }
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public void run() throws Exception {
        Path base = BenchServer.prepare(wildflyHome, work, ear);
        BenchServer.Started server = BenchServer.start(wildflyHome, base, work.resolve("data"),
                "-Djboss.socket.binding.port-offset=" + offset, "-Dmotcua.chat.per-officer-per-minute=1000000");
        try {
            BenchServer.waitForLoginPage(this.base + "login");
            String[] cookies = new String[OFFICERS.length];
            for (int i = 0; i < OFFICERS.length; i++) {
                cookies[i] = signIn(OFFICERS[i]);
            }
            long pid = serverPid(server.process());
            long heapBefore = heapAfterGc(pid);
            List<Page> pages = new ArrayList<>();
            List<WebSocket> open = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Page page = new Page();
                WebSocket socket = connect(cookies[i % OFFICERS.length], page);
                socket.sendText("{\"type\":\"hello\",\"last\":{}}", true).join();
                pages.add(page);
                open.add(socket);
            }
            for (Page page : pages) {
                if (!page.hello.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a client got no conversation list");
                }
            }
            long heapAfter = heapAfterGc(pid);
            long group = createGroup(open.get(0), pages.get(0));
            if (!fanOut(open.get(0), group, pages, 20).await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the warm-up messages did not all arrive");
            }
            pages.forEach(p -> p.latencies.clear());
            pages.get(0).acks.clear();
            pages.forEach(p -> p.received.set(0));
            long started = System.nanoTime();
            CountDownLatch all = fanOut(open.get(0), group, pages, messages);
            boolean complete = all.await(60, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] sorted = pages.stream().flatMap(p -> p.latencies.stream()).mapToLong(Long::longValue).sorted().toArray();
            long missing = (long) clients * messages - sorted.length;
            Benchmarks.report(String.format("%d connected clients (%d officers × %d sockets, one group), %d messages"
                            + " every %d ms, H2 embedded, one node, shared 2-core machine under load:",
                    clients, OFFICERS.length, clients / OFFICERS.length, messages, intervalMillis));
            Benchmarks.report(String.format("  fan-out latency (send → socket): p50 %.1f ms  p99 %.1f ms  max %.1f ms"
                            + "  over %d deliveries, %d missing%s   | goal: p99 < 200 ms",
                    millis(sorted, 0.50), millis(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    sorted.length, missing, complete ? "" : " (timed out)"));
            long[] acks = pages.get(0).acks.stream().mapToLong(Long::longValue).sorted().toArray();
            Benchmarks.report(String.format("  of which storing and publishing (send → the sender's acknowledgement): p50 %.1f ms  p99 %.1f ms",
                    millis(acks, 0.50), millis(acks, 0.99)));
            long withinGoal = Arrays.stream(sorted).filter(n -> n < 200_000_000L).count();
            Benchmarks.report(String.format("  %.0f deliveries/s while sending; %.2f %% of deliveries within 200 ms",
                    sorted.length / seconds, sorted.length == 0 ? 0 : 100.0 * withinGoal / sorted.length));
            Benchmarks.report(String.format("  server heap after full GC: %,d KB before, %,d KB with the clients connected"
                            + " → %.1f KB per connected client   | goal: none named (reported)",
                    heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / 1024.0 / clients));
            open.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null));
        } finally {
            BenchServer.stop(server.process());
        }
    }

    private CountDownLatch fanOut(WebSocket sender, long group, List<Page> pages, int count) throws Exception {
        CountDownLatch all = new CountDownLatch(count * pages.size());
        pages.forEach(p -> p.expected = all);
        for (int i = 0; i < count; i++) {
            String body = "bench " + i + " " + System.nanoTime();
            sender.sendText("{\"type\":\"send\",\"conversation\":" + group + ",\"clientId\":\"b" + System.nanoTime()
                    + "\",\"body\":\"" + body + "\"}", true).join();
            Thread.sleep(intervalMillis);
        }
        return all;
    }

    private long createGroup(WebSocket socket, Page page) throws Exception {
        String members = Arrays.stream(OFFICERS).skip(1).map(o -> "\"" + o + "\"").collect(Collectors.joining(","));
        socket.sendText("{\"type\":\"group\",\"title\":\"Benchmark\",\"members\":[" + members + "]}", true).join();
        for (int i = 0; i < 200; i++) {
            Matcher id = CONVERSATION_ID.matcher(page.lastFrame);
            if (id.find()) {
                return Long.parseLong(id.group(1));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the group was not opened: " + page.lastFrame);
    }

    private WebSocket connect(String cookie, Page page) {
        return sockets.newWebSocketBuilder().header("Cookie", cookie)
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "chat/socket"), page).join();
    }

    private String signIn(String username) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(login);
        if (!viewState.find()) {
            throw new IllegalStateException("no login form");
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + username + "&loginForm%3Apassword="
                + URLEncoder.encode("MotCua@2026", StandardCharsets.UTF_8) + "&loginForm%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return cookies.getCookieStore().get(URI.create(base)).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static long serverPid(Process launcher) {
        return launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .map(ProcessHandle::pid).findFirst().orElseThrow(() -> new IllegalStateException("no server JVM"));
    }

    /** Used heap in bytes after a full GC of the server JVM (jcmd GC.run, then GC.heap_info). */
    private static long heapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            Process info = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor();
            Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no heap figure from jcmd: " + out);
            }
            used = Math.min(used, Long.parseLong(m.group(1)) * 1024);
        }
        return used;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}

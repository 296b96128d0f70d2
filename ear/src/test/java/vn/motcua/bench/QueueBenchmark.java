package vn.motcua.bench;

import vn.motcua.bench.queue.QueueBenchServlet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queue (queue issue): tickets issued per second by 64 concurrent kiosks through the real
 * dispenser, with the database checked after for duplicate and missing numbers (goal ≥ 500/s, zero,
 * zero); then the latency from a counter's call to its display on 20 boards connected as JDK
 * WebSocket clients (goal p99 &lt; 250 ms). bench.queue.tickets (4,000) over bench.queue.groups (8), bench.queue.clients (64),
 * bench.queue.boards (20), bench.queue.calls (100), after at most bench.queue.warmup (30,000) tickets not counted, until a round the JIT compiled under 5 % of; bench.port.offset (0) moves the server's ports,
 * bench.queue.postgresql (a JDBC URL of an empty database) runs it on PostgreSQL instead of H2.
 */
final class QueueBenchmark implements Benchmarks.Benchmark {

    private static final Pattern CALL = Pattern.compile("\"at\":(\\d+)");

    private final Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
    private final Path ear = Path.of(System.getProperty("motcua.ear"));
    private final Path work = Path.of(System.getProperty("bench.dir", "target/bench"), "queue");
    private final int tickets = Integer.getInteger("bench.queue.tickets", 4000);
    private final int groups = Integer.getInteger("bench.queue.groups", 8);
    private final int warmUp = Integer.getInteger("bench.queue.warmup", 30000);
    private final int clients = Integer.getInteger("bench.queue.clients", 64);
    private final int boards = Integer.getInteger("bench.queue.boards", 20);
    private final int calls = Integer.getInteger("bench.queue.calls", 100);
    private final int offset = Integer.getInteger("bench.port.offset", 0);
    private final String postgresql = System.getProperty("bench.queue.postgresql", "");

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public void run() throws Exception {
        Path base = BenchServer.prepare(wildflyHome, work,
                BenchEar.withPackages(ear, work.getParent().resolve("motcua-queue-bench.ear"), QueueBenchServlet.class.getPackage()));
        List<String> options = new ArrayList<>(List.of("-Djboss.socket.binding.port-offset=" + offset));
        if (!postgresql.isEmpty()) {
            options.addAll(List.of("-Dmotcua.db.driver=postgresql", "-Dmotcua.db.url=" + postgresql,
                    "-Dmotcua.db.user=postgres", "-Dmotcua.demo-data=true"));
        }
        BenchServer.Started server = BenchServer.start(wildflyHome, base, work.resolve("data"), options.toArray(String[]::new));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            BenchServer.waitForLoginPage("http://localhost:" + (8080 + offset) + "/motcua/login");
            Benchmarks.report("database: " + (postgresql.isEmpty() ? "H2 embedded" : postgresql));
            // the machine may be shared: the load beside the figures says how much of it the server had
            Benchmarks.report(String.format("load average %.1f on %d cores at the start",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            // a group gives at most 999 numbers a day: the crowd spreads over several groups, and the worst
            // case, every kiosk on one group's number row, is measured with 990
            for (int[] run : new int[][] {{tickets, groups}, {990, 1}}) {
                String answer = get(http, "action=issue&n=" + run[0] + "&clients=" + clients + "&groups=" + run[1]
                        + "&warmup=" + warmUp);
                Benchmarks.report(run[0] + " tickets, " + clients + " concurrent kiosks, " + run[1] + " group(s):");
                answer.lines().limit(7).forEach(line -> Benchmarks.report("  " + line));
            }
            Benchmarks.report("  | goal: ≥ 500 tickets/s, duplicates 0, gaps 0");

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<WebSocket> sockets = new ArrayList<>();
            for (int i = 0; i < boards; i++) {
                sockets.add(http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + (8080 + offset)
                        + "/motcua/board-socket/000.01.19.H21"),
                        new Board(latencies)).get(10, TimeUnit.SECONDS));
            }
            get(http, "action=calls&n=10&gapMillis=50");
            Thread.sleep(1000);
            latencies.clear();
            get(http, "action=calls&n=" + calls + "&gapMillis=100").lines().filter(l -> !l.startsWith("called"))
                    .limit(5).forEach(line -> Benchmarks.report("  " + line));
            Thread.sleep(2000);
            sockets.forEach(s -> s.abort());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            Benchmarks.report(calls + " calls shown on " + boards + " boards: " + sorted.size() + " displays of "
                    + (long) calls * boards + ", latency p50 " + percentile(sorted, 50) + " ms, p99 "
                    + percentile(sorted, 99) + " ms, max " + percentile(sorted, 100) + " ms");
            Benchmarks.report("  | goal: p99 < 250 ms");
        } finally {
            BenchServer.stop(server.process());
        }
    }

    /** A board: the time from the call (the server's instant in the command) to its arrival here. */
    private record Board(List<Long> latencies) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.currentTimeMillis();
            Matcher call = CALL.matcher(data);
            if (data.toString().contains("\"kind\":\"CALL\"") && call.find()) {
                latencies.add(now - Long.parseLong(call.group(1)));
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    private String get(HttpClient http, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + (8080 + offset) + "/motcua-bench/queue?" + query))
                .timeout(Duration.ofMinutes(20)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}

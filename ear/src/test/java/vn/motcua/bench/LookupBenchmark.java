package vn.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

/**
 * The public lookup under a crowd (self-service issue: 64 concurrent connections, ≥ 0.5 of the rate of
 * a static file served by the same WildFly, p99 &lt; 50 ms; page weight in bytes): the JSON API and the
 * HTML page with a right code and PIN, against /resources/css/motcua.css, same server, same run.
 */
final class LookupBenchmark implements Benchmarks.Benchmark {

    private static final String BASE = "http://localhost:8080/motcua/";
    private final Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
    private final Path ear = Path.of(System.getProperty("motcua.ear"));
    private final Path work = Path.of(System.getProperty("bench.dir", "target/bench"), "lookup");
    private final int connections = Integer.getInteger("bench.lookup.connections", 64);
    private final int seconds = Integer.getInteger("bench.lookup.seconds", 10);
    /** Each target is first run this long, unmeasured: the server's JIT compiles its path meanwhile. */
    private final int warmUpSeconds = Integer.getInteger("bench.lookup.warmup-seconds", 10);

    /** One kind of request: a method, a path, a body or none. */
    private record Target(String name, String method, String path, String contentType, byte[] body) {
    }

    private record Result(double perSecond, double p50Millis, double p99Millis, long errors) {
    }

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public void run() throws Exception {
        // HttpURLConnection keeps 5 idle connections per server unless told otherwise: the other 59 clients
        // would open a new TCP connection for every request, and that is what the figures measured
        System.setProperty("http.maxConnections", String.valueOf(connections));
        Path base = BenchServer.prepare(wildflyHome, work, ear);
        // one client address drives the crowd here: its per-client quota is lifted for the measurement
        BenchServer.Started server = BenchServer.start(wildflyHome, base, work.resolve("data"),
                "-Dmotcua.lookup.per-client-per-minute=2000000000");
        double staticRate;
        try {
            BenchServer.waitForLoginPage();
            String code = demoCode();
            String json = "{\"code\":\"" + code + "\",\"pin\":\"123456\"}";
            String form = "lookup=lookup&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                    + "&pin=123456&submit=Tra+c%E1%BB%A9u&jakarta.faces.ViewState=stateless";
            List<Target> targets = List.of(
                    new Target("static file (motcua.css)", "GET", "resources/css/motcua.css", null, null),
                    new Target("lookup API (POST /api/v1/lookup)", "POST", "api/v1/lookup", "application/json",
                            json.getBytes(StandardCharsets.UTF_8)),
                    new Target("lookup page (POST /lookup)", "POST", "lookup", "application/x-www-form-urlencoded",
                            form.getBytes(StandardCharsets.UTF_8)));
            byte[] found = request(targets.get(2));
            if (!new String(found, StandardCharsets.UTF_8).contains("id=\"result\"")) {
                throw new IllegalStateException("the demo dossier " + code + " was not found by the page");
            }
            Benchmarks.report(connections + " concurrent connections, " + seconds + " s each, H2 embedded, demo dossier " + code + ":");
            Result reference = null;
            for (Target target : targets) {
                measure(target, warmUpSeconds);
                Result result = measure(target, seconds);
                reference = reference == null ? result : reference;
                Benchmarks.report(String.format("  %-34s %8.0f req/s  (%.2f × static)  p50 %.1f ms  p99 %.1f ms  errors %d",
                        target.name(), result.perSecond(), result.perSecond() / reference.perSecond(), result.p50Millis(),
                        result.p99Millis(), result.errors()));
            }
            Benchmarks.report(String.format("  page weight: empty lookup page %d B (gzip %d B); with a dossier %d B (gzip %d B)",
                    request(new Target("", "GET", "lookup", null, null)).length,
                    gzip(request(new Target("", "GET", "lookup", null, null))), found.length, gzip(found)));
            Benchmarks.report("  | goal: lookup ≥ 0.5 × static, p99 < 50 ms; page ≤ 30 KB compressed, one round trip");
            staticRate = reference.perSecond();
        } finally {
            BenchServer.stop(server.process());
        }
        uncached(staticRate);
    }

    /** The same API on a server that keeps nothing: every request reads the guard, dossier, journal and tasks. */
    private void uncached(double staticRate) throws Exception {
        BenchServer.Started server = BenchServer.start(wildflyHome, work.resolve("server"), work.resolve("data"),
                "-Dmotcua.lookup.per-client-per-minute=2000000000", "-Dmotcua.lookup.cache-seconds=0");
        try {
            BenchServer.waitForLoginPage();
            String json = "{\"code\":\"" + demoCode() + "\",\"pin\":\"123456\"}";
            Target api = new Target("lookup API, nothing kept", "POST", "api/v1/lookup", "application/json",
                    json.getBytes(StandardCharsets.UTF_8));
            measure(api, warmUpSeconds);
            Result result = measure(api, seconds);
            Benchmarks.report(String.format("  %-34s %8.0f req/s  (%.2f × static above)  p50 %.1f ms  p99 %.1f ms  errors %d",
                    api.name(), result.perSecond(), result.perSecond() / staticRate, result.p50Millis(),
                    result.p99Millis(), result.errors()));
        } finally {
            BenchServer.stop(server.process());
        }
    }

    /** The demo's dossier received "today": the first of the last weekday's numbers, PIN 123456 (DemoDossiers). */
    private static String demoCode() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return "000.01.19.H21-" + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-0001";
    }

    private Result measure(Target target, int duration) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(connections);
        List<long[]> latencies = new ArrayList<>();
        long[] errors = new long[connections];
        int[] counts = new int[connections];
        for (int t = 0; t < connections; t++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            int index = t;
            Thread worker = new Thread(() -> {
                try {
                    while (running.get()) {
                        long start = System.nanoTime();
                        try {
                            request(target);
                        } catch (IOException failed) {
                            errors[index]++;
                        }
                        if (counts[index] < mine.length) {
                            mine[counts[index]++] = System.nanoTime() - start;
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        long started = System.nanoTime();
        Thread.sleep(duration * 1000L);
        running.set(false);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(all.length / elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                Arrays.stream(errors).sum());
    }

    /** One request over a kept-alive connection (HttpURLConnection reuses them per thread); the body read whole. */
    private static byte[] request(Target target) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(BASE + target.path()).openConnection();
        connection.setRequestMethod(target.method());
        if (target.body() != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", target.contentType());
            connection.getOutputStream().write(target.body());
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            if (status != 200) {
                throw new IOException(target.path() + " answered " + status);
            }
            return body;
        }
    }

    private static int gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.size();
    }
}

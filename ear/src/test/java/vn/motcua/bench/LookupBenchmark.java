package vn.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The public lookup under a crowd (self-service issue: 64 concurrent connections, ≥ 0.5 of the rate of
 * a static file served by the same WildFly, p99 &lt; 50 ms; page weight in bytes): the JSON API and the
 * HTML page with a right code and PIN, against /resources/css/motcua.css, same server, same run. The
 * load comes from wrk (apt-get install wrk), so that the client does not take the server's cores.
 */
final class LookupBenchmark implements Benchmarks.Benchmark {

    private static final String BASE = "http://localhost:8080/motcua/";
    private final Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
    private final Path ear = Path.of(System.getProperty("motcua.ear"));
    private final Path work = Path.of(System.getProperty("bench.dir", "target/bench"), "lookup");
    private final int connections = Integer.getInteger("bench.lookup.connections", 64);
    private final int seconds = Integer.getInteger("bench.lookup.seconds", 10);
    private final int rounds = Integer.getInteger("bench.lookup.rounds", 3);
    /** At most this long the targets are first run in turns, unmeasured, until the server's JIT is done with their paths. */
    private final int warmUpSeconds = Integer.getInteger("bench.lookup.warmup-seconds", 600);

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
        if (!wrkInstalled()) {
            Benchmarks.report("skipped: the load comes from wrk, which is not installed (apt-get install wrk)");
            return;
        }
        // the bench WAR only for its JIT clock (vn.motcua.bench.crowd.JitClock)
        Path base = BenchServer.prepare(wildflyHome, work, BenchEar.withPackages(ear, work.getParent().resolve("motcua-lookup-bench.ear")));
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
            Benchmarks.report(connections + " concurrent connections, " + rounds + " rounds of " + seconds
                    + " s per target, the median round shown, H2 embedded, demo dossier " + code + ":");
            // the JIT compiles for minutes after WildFly starts: under this load the static file's rate rose
            // from 2,400 to 15,000 req/s over the first five. The targets take turns in laps until a lap in
            // which the compilers worked under 5 % of its time (at most bench.lookup.warmup-seconds), and
            // take turns through the measured rounds too, so that what is still compiled falls on all alike
            long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
            long warmUpStart = System.nanoTime();
            double lapCompiling;
            do {
                long compiling = jitMillis();
                long lapStart = System.nanoTime();
                for (Target target : targets) {
                    measure(target, seconds);
                }
                lapCompiling = (jitMillis() - compiling) / ((System.nanoTime() - lapStart) / 1e6);
            } while (lapCompiling >= 0.05 && System.nanoTime() < warmUpEnd);
            Benchmarks.report(String.format("  warm-up %.0f s, the JIT compiling %.0f %% of its last lap",
                    (System.nanoTime() - warmUpStart) / 1e9, 100 * lapCompiling));
            long measuredCompiling = jitMillis();
            long measuredStart = System.nanoTime();
            List<List<Result>> results = new ArrayList<>();
            targets.forEach(target -> results.add(new ArrayList<>()));
            for (int round = 0; round < rounds; round++) {
                for (int t = 0; t < targets.size(); t++) {
                    results.get(t).add(measure(targets.get(t), seconds));
                }
            }
            Benchmarks.report(String.format("  the JIT compiling %.0f %% of the measured rounds' time",
                    100 * (jitMillis() - measuredCompiling) / ((System.nanoTime() - measuredStart) / 1e6)));
            Result reference = median(results.get(0));
            for (int t = 0; t < targets.size(); t++) {
                Result result = median(results.get(t));
                Benchmarks.report(String.format("  %-34s %8.0f req/s  (%.2f × static)  p50 %.1f ms  p99 %.1f ms  errors %d",
                        targets.get(t).name(), result.perSecond(), result.perSecond() / reference.perSecond(), result.p50Millis(),
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
            measure(api, Math.min(warmUpSeconds, 60));
            Result result = measure(api, seconds);
            Benchmarks.report(String.format("  %-34s %8.0f req/s  (%.2f × static above)  p50 %.1f ms  p99 %.1f ms  errors %d",
                    api.name(), result.perSecond(), result.perSecond() / staticRate, result.p50Millis(),
                    result.p99Millis(), result.errors()));
        } finally {
            BenchServer.stop(server.process());
        }
    }

    /** The server's JIT compilers' work so far, in milliseconds (JitClock in the bench WAR). */
    private static long jitMillis() throws IOException {
        try (InputStream in = new URL("http://localhost:8080/motcua-bench/jit").openStream()) {
            return Long.parseLong(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    /** The round with the median rate, its latencies with it. */
    private static Result median(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(Result::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    /** The demo's dossier received "today": the first of the last weekday's numbers, PIN 123456 (DemoDossiers). */
    private static String demoCode() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return "000.01.19.H21-" + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-0001";
    }

    /**
     * wrk (Debian package wrk) drives the connections: a load generator in C on epoll takes a tenth of a
     * core where 64 Java client threads took most of one, so the figures are the server's and not the
     * client's. Its latency distribution is measured per request, from the request's send to its answer.
     */
    private Result measure(Target target, int duration) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration + "s", "--latency"));
        if (target.body() != null) {
            Path script = work.resolve("wrk-" + Math.abs(target.path().hashCode()) + ".lua");
            Files.writeString(script, "wrk.method = \"" + target.method() + "\"\n"
                    + "wrk.headers[\"Content-Type\"] = \"" + target.contentType() + "\"\n"
                    + "wrk.body = [[" + new String(target.body(), StandardCharsets.UTF_8) + "]]\n");
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(BASE + target.path());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        return new Result(number(out, "Requests/sec:\\s+([\\d.]+)"), millis(out, "50%"), millis(out, "99%"),
                (long) (number(out, "Non-2xx or 3xx responses: (\\d+)") + number(out, "Socket errors: connect (\\d+)")
                        + number(out, "read (\\d+)") + number(out, "timeout (\\d+)")));
    }

    private static double number(String wrkOutput, String regex) {
        Matcher found = Pattern.compile(regex).matcher(wrkOutput);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    /** A line of wrk's latency distribution, "99%   12.34ms", in milliseconds (wrk writes us, ms or s). */
    private static double millis(String wrkOutput, String percentile) {
        Matcher found = Pattern.compile(" " + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(wrkOutput);
        if (!found.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output: " + wrkOutput);
        }
        double value = Double.parseDouble(found.group(1));
        return switch (found.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException missing) {
            return false;
        }
    }

    /** One request, for the checks and the page weights; the body read whole. */
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

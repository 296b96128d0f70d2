package vn.motcua.bench;

import vn.motcua.bench.statistics.StatisticsBenchServlet;
import vn.motcua.dossier.control.StatisticsBenchData;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Report II.06a of a province of 16 desks over generated dossiers on PostgreSQL (statistics issue: the
 * batch job and the live report ≤ 2 × a raw SQL GROUP BY of the same figures, same run, and < 60 s on
 * 1,000,000 dossiers). Fills a database of its own once (bench.statistics.jdbc.url, default
 * motcua_bench_statistics on this machine, created if missing; bench.statistics.dossiers, default
 * 100,000 — 1000000 for the size), starts the server on it with a bench WAR whose servlet
 * measures the three inside the server, for last year.
 */
final class StatisticsBenchmark implements Benchmarks.Benchmark {

    private static final int OFFSET = Integer.getInteger("bench.statistics.port-offset", 300);

    private final Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
    private final Path ear = Path.of(System.getProperty("motcua.ear"));
    private final Path work = Path.of(System.getProperty("bench.dir", "target/bench"), "statistics");
    private final String url = System.getProperty("bench.statistics.jdbc.url",
            "jdbc:postgresql://127.0.0.1:5432/motcua_bench_statistics");
    private final String user = System.getProperty("bench.statistics.jdbc.user", "postgres");
    private final String password = System.getProperty("bench.statistics.jdbc.password", "");
    private final int dossiers = Integer.getInteger("bench.statistics.dossiers", 100_000);
    private final int desks = Integer.getInteger("bench.statistics.desks", 16);

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public void run() throws Exception {
        long start = System.nanoTime();
        StatisticsBenchData.prepare(url, user, password, dossiers, desks);
        Benchmarks.report(String.format("data ready in %.0f s (%s)", (System.nanoTime() - start) / 1e9, url));
        Path base = BenchServer.prepare(wildflyHome, work,
                BenchEar.withPackages(ear, work.getParent().resolve("motcua-bench-statistics.ear"), StatisticsBenchServlet.class.getPackage()));
        java.util.List<String> properties = new java.util.ArrayList<>(java.util.List.of("-Dmotcua.db.driver=postgresql",
                "-Dmotcua.db.url=" + url, "-Dmotcua.db.user=" + user,
                "-Djboss.socket.binding.port-offset=" + OFFSET, "-Dmotcua.statistics.schedule=off"));
        if (!password.isEmpty()) {
            // WildFly refuses an empty password attribute: none at all means the server's default
            properties.add("-Dmotcua.db.password=" + password);
        }
        BenchServer.Started server = BenchServer.start(wildflyHome, base, work.resolve("data"),
                properties.toArray(String[]::new));
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            waitFor(client, "motcua/login");
            int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
            HttpRequest request = HttpRequest.newBuilder(uri("motcua-bench/statistics?year=" + year))
                    .timeout(Duration.ofMinutes(30)).build();
            client.send(request, HttpResponse.BodyHandlers.ofString()).body().lines()
                    .forEach(line -> Benchmarks.report("  " + line));
        } finally {
            BenchServer.stop(server.process());
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + (8080 + OFFSET) + "/" + path);
    }

    private static void waitFor(HttpClient client, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).build();
        for (int i = 0; i < 1200; i++) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " never answered");
    }
}

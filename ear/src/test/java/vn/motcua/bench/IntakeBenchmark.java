package vn.motcua.bench;

import vn.motcua.bench.intake.IntakeServlet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Intake through the real reception boundary against raw JDBC inserts of the same rows, in the same
 * server and run (dossier issue: goal ≥ 0.5 of raw and ≥ 200 dossiers/s on 2 cores). The EAR gets a
 * bench WAR whose servlet does both inside the server, on a fresh H2 database with the demo office.
 */
final class IntakeBenchmark implements Benchmarks.Benchmark {

    private final Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
    private final Path ear = Path.of(System.getProperty("motcua.ear"));
    private final Path work = Path.of(System.getProperty("bench.dir", "target/bench"), "intake");
    private final int dossiers = Integer.getInteger("bench.intake.dossiers", 2000);
    private final int threads = Integer.getInteger("bench.intake.threads", 4);
    /**
     * At most this many on each side before measuring, fewer once the JIT is done (Crowd.warmUp). The
     * bench desk numbers its codes on six digits, so that they fit in one day's series.
     */
    private final int warmUp = Integer.getInteger("bench.intake.warmup", 30000);

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public void run() throws Exception {
        Path base = BenchServer.prepare(wildflyHome, work,
                BenchEar.withPackages(ear, work.getParent().resolve("motcua-bench.ear"), IntakeServlet.class.getPackage()));
        // -Dbench.intake.postgresql=jdbc:postgresql://127.0.0.1:5432/motcua_intake runs on a fresh PostgreSQL database
        String postgresql = System.getProperty("bench.intake.postgresql", "");
        List<String> options = new ArrayList<>(List.of("-Dmotcua.dossier.code-pattern={agency}-{yyMMdd}-{seq:6}"));
        if (!postgresql.isEmpty()) {
            options.addAll(List.of("-Dmotcua.db.driver=postgresql", "-Dmotcua.db.url=" + postgresql,
                    "-Dmotcua.db.user=postgres", "-Dmotcua.demo-data=true"));
        }
        BenchServer.Started server = BenchServer.start(wildflyHome, base, work.resolve("data"), options.toArray(String[]::new));
        try {
            BenchServer.waitForLoginPage();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:8080/motcua-bench/intake?n="
                    + dossiers + "&threads=" + threads + "&warmup=" + warmUp)).timeout(Duration.ofMinutes(20)).build();
            String answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString()).body();
            Benchmarks.report(dossiers + " dossiers on " + threads + " threads, each side warmed up until the JIT is done, "
                    + (postgresql.isEmpty() ? "H2 embedded" : postgresql) + ":");
            answer.lines().forEach(line -> Benchmarks.report("  " + line));
            Benchmarks.report("  | goal: boundary ≥ 0.5 × raw-jdbc and ≥ 200 dossiers/s");
        } finally {
            BenchServer.stop(server.process());
        }
    }
}

package vn.motcua.bench;

import java.nio.file.Path;

/**
 * Server start + EAR deploy time (foundation issue: goal < 30 s on 2 cores). Starts the provisioned
 * WildFly with the EAR in its deployments folder, twice: on an empty H2 database (Flyway migrations
 * and demo data included) and again on the now-filled one.
 */
final class StartupBenchmark implements Benchmarks.Benchmark {

    private static final double GOAL_SECONDS = 30;

    private final Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
    private final Path ear = Path.of(System.getProperty("motcua.ear"));
    private final Path work = Path.of(System.getProperty("bench.dir", "target/bench"));

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run() throws Exception {
        Path base = BenchServer.prepare(wildflyHome, work, ear);
        measure(base, "empty database (migrations + demo data)");
        measure(base, "existing database");
    }

    private void measure(Path base, String label) throws Exception {
        long start = System.nanoTime();
        BenchServer.Started server = BenchServer.start(wildflyHome, base, work.resolve("data"));
        try {
            double startedSeconds = seconds(start);
            BenchServer.waitForLoginPage();
            double loginSeconds = seconds(start);
            Benchmarks.report(String.format("%-42s server start + EAR deploy %5.1f s (WildFly reports %s ms),"
                    + " login page served at %5.1f s   | goal < %.0f s", label, startedSeconds, server.reportedMillis(),
                    loginSeconds, GOAL_SECONDS));
        } finally {
            BenchServer.stop(server.process());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

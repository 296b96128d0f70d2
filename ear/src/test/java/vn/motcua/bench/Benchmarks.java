package vn.motcua.bench;

import java.util.List;

/**
 * Entry point of the bench profile (mvn -Pbench -DskipTests verify): runs each benchmark and prints
 * its figures beside the limit its issue names. Benchmarks measure; they never fail a build.
 */
public final class Benchmarks {

    interface Benchmark {
        String name();

        void run() throws Exception;
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<Benchmark> all = List.of(new StartupBenchmark());
        String only = System.getProperty("bench.only", "");
        for (Benchmark benchmark : all) {
            if (only.isEmpty() || benchmark.name().equals(only)) {
                report("== " + benchmark.name() + " ==");
                benchmark.run();
            }
        }
    }

    static void report(String line) {
        System.out.println(line);
    }
}

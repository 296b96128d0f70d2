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

    /** A benchmark that lives beside the code it measures, as a main of that module's tests. */
    record MainBenchmark(String name, MainMethod main) implements Benchmark {
        @Override
        public void run() throws Exception {
            main.run(new String[0]);
        }
    }

    interface MainMethod {
        void run(String[] args) throws Exception;
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<Benchmark> all = List.of(
                new StartupBenchmark(),
                new IntakeBenchmark(),
                new MainBenchmark("deadline", vn.motcua.calendar.control.DeadlineEngineBenchmark::main),
                new MainBenchmark("catalog-import", vn.motcua.catalog.control.ReleaseImportBenchmark::main));
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

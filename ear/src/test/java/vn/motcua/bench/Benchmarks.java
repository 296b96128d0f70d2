package vn.motcua.bench;

import java.util.List;
import java.util.Set;

/**
 * Entry point of the bench profile (mvn -Pbench -DskipTests verify): runs each benchmark and prints
 * its figures beside the limit its issue names. Benchmarks measure; they never fail a build. The
 * search benchmark runs only when named (-Dbench.only=search): it needs a PostgreSQL database
 * (bench.jdbc.url, default motcua_bench on this machine) and fills it with a million dossiers; so does
 * the statistics benchmark (-Dbench.only=statistics), on a database of its own.
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
                new LookupBenchmark(),
                new ChatBenchmark(),
                new QueueBenchmark(),
                new ExchangeBenchmark(),
                new MainBenchmark("deadline", vn.motcua.calendar.control.DeadlineEngineBenchmark::main),
                new MainBenchmark("catalog-import", vn.motcua.catalog.control.ReleaseImportBenchmark::main),
                new MainBenchmark("search", vn.motcua.dossier.control.SearchBenchmark::main),
                new StatisticsBenchmark());
        Set<String> onRequest = Set.of("search", "statistics");
        String only = System.getProperty("bench.only", "");
        for (Benchmark benchmark : all) {
            if (only.isEmpty() ? !onRequest.contains(benchmark.name()) : benchmark.name().equals(only)) {
                report("== " + benchmark.name() + " ==");
                benchmark.run();
            }
        }
    }

    static void report(String line) {
        System.out.println(line);
    }
}

package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Server start + EAR deploy time (foundation issue: goal < 30 s on 2 cores). Starts the provisioned
 * WildFly with the EAR in its deployments folder, twice: on an empty H2 database (Flyway migrations
 * and demo data included) and again on the now-filled one.
 */
final class StartupBenchmark implements Benchmarks.Benchmark {

    private static final Pattern STARTED = Pattern.compile("WFLYSRV002[56].* started.* in (\\d+)ms");
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
        deleteRecursively(work);
        Path base = work.resolve("server");
        copyRecursively(wildflyHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments/motcua.ear"), StandardCopyOption.REPLACE_EXISTING);
        measure(base, "empty database (migrations + demo data)");
        measure(base, "existing database");
    }

    private void measure(Path base, String label) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml",
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Dmotcua.data.dir=" + work.resolve("data").toAbsolutePath())
                .redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", wildflyHome.toString());
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        long start = System.nanoTime();
        Process server = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String reported = null;
            String line;
            while ((line = out.readLine()) != null) {
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    reported = started.group(1);
                    if (line.contains("with errors")) {
                        throw new IllegalStateException("server started with errors: " + line);
                    }
                    break;
                }
            }
            double startedSeconds = seconds(start);
            waitForLoginPage();
            double loginSeconds = seconds(start);
            Benchmarks.report(String.format("%-42s server start + EAR deploy %5.1f s (WildFly reports %s ms),"
                    + " login page served at %5.1f s   | goal < %.0f s", label, startedSeconds, reported, loginSeconds, GOAL_SECONDS));
            drain(out);
        } finally {
            stop(server);
        }
    }

    /** standalone.sh does not pass SIGTERM on to its java child, so stop the whole tree and wait. */
    private static void stop(Process server) throws Exception {
        java.util.List<ProcessHandle> tree = server.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        server.destroy();
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stuck) {
                process.destroyForcibly();
            }
        }
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the server's stdout pipe empty until it stops
                }
            } catch (IOException e) {
                // the server stopped
            }
        });
        drainer.setDaemon(true);
        drainer.start();
    }

    private static void waitForLoginPage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:8080/motcua/login")).build();
        for (int i = 0; i < 600; i++) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("login page never answered");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
    }
}

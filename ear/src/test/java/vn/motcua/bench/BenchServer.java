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

/** Starting, waiting for and stopping the provisioned WildFly, shared by the benchmarks that need a server. */
final class BenchServer {

    private static final Pattern STARTED = Pattern.compile("WFLYSRV002[56].* started.* in (\\d+)ms");

    /** A started server, what WildFly reported as its start time, its output drained in the background. */
    record Started(Process process, String reportedMillis) {
    }

    private BenchServer() {
    }

    /** Starts standalone-full with the deployments and configuration under {@code base}; returns once it is up. */
    static Started start(Path wildflyHome, Path base, Path dataDir, String... properties) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                wildflyHome.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-Djboss.server.base.dir=" + base.toAbsolutePath(), "-Dmotcua.data.dir=" + dataDir.toAbsolutePath()));
        command.addAll(java.util.List.of(properties));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", wildflyHome.toString());
        // -Dbench.server.jvm="-XX:StartFlightRecording=filename=/tmp/server.jfr" profiles the server
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g " + System.getProperty("bench.server.jvm", ""));
        Process server = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                if (line.contains("with errors")) {
                    stop(server);
                    throw new IllegalStateException("server started with errors: " + line);
                }
                drain(out);
                return new Started(server, started.group(1));
            }
        }
        throw new IllegalStateException("server stopped before it started");
    }

    /** A fresh server base: the provisioned configuration and the given EAR as its only deployment. */
    static Path prepare(Path wildflyHome, Path work, Path ear) throws IOException {
        deleteRecursively(work);
        Path base = work.resolve("server");
        copyRecursively(wildflyHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments/motcua.ear"), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    /** standalone.sh does not pass SIGTERM on to its java child, so stop the whole tree and wait. */
    static void stop(Process server) throws Exception {
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

    static void drain(BufferedReader out) {
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

    static void waitForLoginPage() throws Exception {
        waitForLoginPage("http://localhost:8080/motcua/login");
    }

    /** The same for a server started on a port offset (bench.port.offset). */
    static void waitForLoginPage(String loginUrl) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(loginUrl)).build();
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

    static void copyRecursively(Path from, Path to) throws IOException {
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

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
    }
}

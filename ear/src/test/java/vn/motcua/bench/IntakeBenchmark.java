package vn.motcua.bench;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.motcua.bench.intake.IntakeServlet;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

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

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public void run() throws Exception {
        Path base = BenchServer.prepare(wildflyHome, work, benchEar());
        // -Dbench.intake.postgresql=jdbc:postgresql://127.0.0.1:5432/motcua_intake runs on a fresh PostgreSQL database
        String postgresql = System.getProperty("bench.intake.postgresql", "");
        String[] database = postgresql.isEmpty() ? new String[0] : new String[] {"-Dmotcua.db.driver=postgresql",
                "-Dmotcua.db.url=" + postgresql, "-Dmotcua.db.user=postgres", "-Dmotcua.demo-data=true"};
        BenchServer.Started server = BenchServer.start(wildflyHome, base, work.resolve("data"), database);
        try {
            BenchServer.waitForLoginPage();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:8080/motcua-bench/intake?n="
                    + dossiers + "&threads=" + threads)).timeout(Duration.ofMinutes(20)).build();
            String answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString()).body();
            Benchmarks.report(dossiers + " dossiers on " + threads + " threads, "
                    + (postgresql.isEmpty() ? "H2 embedded" : postgresql) + ":");
            answer.lines().forEach(line -> Benchmarks.report("  " + line));
            Benchmarks.report("  | goal: boundary ≥ 0.5 × raw-jdbc and ≥ 200 dossiers/s");
        } finally {
            BenchServer.stop(server.process());
        }
    }

    /** The EAR plus motcua-bench.war (context /motcua-bench) in the motcua security domain. */
    private Path benchEar() {
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear.toFile());
        WebArchive war = ShrinkWrap.create(WebArchive.class, "motcua-bench.war")
                .addPackage(IntakeServlet.class.getPackage())
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                            <context-root>/motcua-bench</context-root>
                            <security-domain>motcua</security-domain>
                        </jboss-web>"""), "jboss-web.xml");
        archive.addAsModule(war);
        String applicationXml = text(archive, "/META-INF/application.xml").replace("</application>",
                "  <module><web><web-uri>motcua-bench.war</web-uri><context-root>/motcua-bench</context-root></web></module>\n</application>");
        archive.setApplicationXML(new StringAsset(applicationXml));
        String structure = text(archive, "/META-INF/jboss-deployment-structure.xml").replace("</jboss-deployment-structure>", """
                    <sub-deployment name="motcua-bench.war">
                        <dependencies>
                            <module name="org.wildfly.security.elytron"/>
                        </dependencies>
                    </sub-deployment>
                </jboss-deployment-structure>""");
        archive.delete("/META-INF/jboss-deployment-structure.xml");
        archive.addAsManifestResource(new StringAsset(structure), "jboss-deployment-structure.xml");
        File file = work.getParent().resolve("motcua-bench.ear").toFile();
        file.getParentFile().mkdirs();
        archive.as(ZipExporter.class).exportTo(file, true);
        return file.toPath();
    }

    private static String text(EnterpriseArchive archive, String path) {
        try (var in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

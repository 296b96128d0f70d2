package vn.motcua.bench;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The real EAR plus motcua-bench.war (context /motcua-bench, in the motcua security domain) holding a
 * benchmark's servlet and the shared load generator, so that the server benchmarks drive the boundaries from inside the server.
 */
final class BenchEar {

    private BenchEar() {
    }

    /** Writes the EAR with the given packages in the bench WAR to {@code target} and returns it. */
    static Path withPackages(Path ear, Path target, Package... packages) {
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear.toFile());
        WebArchive war = ShrinkWrap.create(WebArchive.class, "motcua-bench.war")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                            <context-root>/motcua-bench</context-root>
                            <security-domain>motcua</security-domain>
                        </jboss-web>"""), "jboss-web.xml");
        war.addPackage(vn.motcua.bench.crowd.Crowd.class.getPackage());
        for (Package in : packages) {
            war.addPackage(in);
        }
        archive.addAsModule(war);
        archive.setApplicationXML(new StringAsset(text(archive, "/META-INF/application.xml").replace("</application>",
                "  <module><web><web-uri>motcua-bench.war</web-uri><context-root>/motcua-bench</context-root></web></module>\n</application>")));
        String structure = text(archive, "/META-INF/jboss-deployment-structure.xml").replace("</jboss-deployment-structure>", """
                    <sub-deployment name="motcua-bench.war">
                        <dependencies>
                            <module name="org.wildfly.security.elytron"/>
                        </dependencies>
                    </sub-deployment>
                </jboss-deployment-structure>""");
        archive.delete("/META-INF/jboss-deployment-structure.xml");
        archive.addAsManifestResource(new StringAsset(structure), "jboss-deployment-structure.xml");
        target.toFile().getParentFile().mkdirs();
        archive.as(ZipExporter.class).exportTo(target.toFile(), true);
        return target;
    }

    private static String text(EnterpriseArchive archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

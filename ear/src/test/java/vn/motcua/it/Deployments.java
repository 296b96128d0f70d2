package vn.motcua.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.motcua.it.probe.AdminProbe;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real EAR as the build made it (target/motcua.ear), optionally with the probe EJBs the in-container tests call. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("motcua.ear")));
    }

    /** The EAR plus motcua-it.jar, an EJB module with the test classes and probes. */
    public static EnterpriseArchive earWithProbes(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        JavaArchive probes = ShrinkWrap.create(JavaArchive.class, "motcua-it.jar")
                .addPackage(AdminProbe.class.getPackage())
                .addClasses(testClasses)
                .addClass(ServerAddress.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(new StringAsset(read(ear, "/motcua-ejb.jar", "META-INF/jboss-ejb3.xml")), "jboss-ejb3.xml");
        ear.addAsModule(probes);
        String applicationXml = text(ear, "/META-INF/application.xml")
                .replace("</application>", "  <module><ejb>motcua-it.jar</ejb></module>\n</application>");
        ear.setApplicationXML(new StringAsset(applicationXml));
        String structure = text(ear, "/META-INF/jboss-deployment-structure.xml")
                .replace("</jboss-deployment-structure>", """
                            <sub-deployment name="motcua-it.jar">
                                <dependencies>
                                    <module name="org.wildfly.security.elytron"/>
                                    <module name="org.eclipse.persistence"/>
                                </dependencies>
                            </sub-deployment>
                        </jboss-deployment-structure>""");
        ear.delete("/META-INF/jboss-deployment-structure.xml");
        openArquillianRunner(ear);
        ear.addAsManifestResource(new StringAsset(structure), "jboss-deployment-structure.xml");
        return ear;
    }

    /**
     * Arquillian's servlet protocol adds its runner servlet to our WAR, where every path needs a
     * signed-in officer; only the test deployment opens that one path.
     */
    private static void openArquillianRunner(EnterpriseArchive ear) {
        WebArchive war = ear.getAsType(WebArchive.class, "/motcua-web.war");
        String webXml;
        try (InputStream in = war.get("/WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete("/WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace("<url-pattern>/logout</url-pattern>",
                "<url-pattern>/logout</url-pattern>\n<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    }

    private static String text(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(EnterpriseArchive ear, String module, String path) {
        JavaArchive jar = ear.getAsType(JavaArchive.class, module);
        try (InputStream in = jar.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

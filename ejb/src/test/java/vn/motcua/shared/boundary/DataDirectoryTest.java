package vn.motcua.shared.boundary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataDirectoryTest {

    private String dataDir;
    private String serverDataDir;

    @BeforeEach
    void remember() {
        dataDir = System.getProperty("motcua.data.dir");
        serverDataDir = System.getProperty("jboss.server.data.dir");
    }

    @AfterEach
    void restore() {
        set("motcua.data.dir", dataDir);
        set("jboss.server.data.dir", serverDataDir);
    }

    @Test
    void theConfiguredDirectoryComesFirst() {
        set("motcua.data.dir", "/srv/motcua");
        set("jboss.server.data.dir", "/opt/wildfly/standalone/data");
        assertEquals(Path.of("/srv/motcua", "files"), DataDirectory.resolve("files"));
    }

    @Test
    void thenTheServersDataDirectory() {
        set("motcua.data.dir", null);
        set("jboss.server.data.dir", "/opt/wildfly/standalone/data");
        assertEquals(Path.of("/opt/wildfly/standalone/data", "motcua"), DataDirectory.root());
    }

    @Test
    void thenTheTemporaryDirectory() {
        set("motcua.data.dir", " ");
        set("jboss.server.data.dir", null);
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "motcua", "exports"), DataDirectory.resolve("exports"));
    }

    private static void set(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}

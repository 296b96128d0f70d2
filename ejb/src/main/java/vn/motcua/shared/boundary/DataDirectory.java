package vn.motcua.shared.boundary;

import java.nio.file.Path;

/**
 * Where the application keeps its own files (stored documents, exports): the system property
 * {@code motcua.data.dir}, else {@code motcua} under the server's data directory, else under the
 * JVM's temporary directory (tests and tools that run without a server).
 */
public final class DataDirectory {

    public static final String PROPERTY = "motcua.data.dir";

    private DataDirectory() {
    }

    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "motcua");
    }

    /** A folder below the data directory, e.g. {@code resolve("files")}; not created here. */
    public static Path resolve(String first, String... more) {
        return root().resolve(Path.of(first, more));
    }
}

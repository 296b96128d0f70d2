package vn.motcua.audit.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads back what the export steps wrote. */
final class ExportFiles {

    private ExportFiles() {
    }

    /** The SHA-256 written beside the file, or null while it is not (yet) there. */
    static String checksumOf(String file) {
        if (file == null) {
            return null;
        }
        Path sum = Path.of(file + ".sha256");
        try {
            return Files.exists(sum) ? Files.readString(sum, StandardCharsets.UTF_8).split("\\s+")[0] : null;
        } catch (IOException e) {
            return null;
        }
    }
}

package vn.motcua.statistics.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A report file's checksum, digested while it is written, is the SHA-256 of the file on disk. */
class ReportFilesTest {

    @Test
    void theChecksumIsThatOfTheFileWrittenWithItsBom(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("ii06a.csv");
        String sha256 = ReportFiles.write(file, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), true);
        String onDisk = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(onDisk, sha256);
        assertEquals(sha256 + "  ii06a.csv\n", Files.readString(folder.resolve("ii06a.csv.sha256")));
        assertEquals((byte) 0xEF, Files.readAllBytes(file)[0]);
        assertFalse(Files.exists(folder.resolve("ii06a.csv.part")));
    }
}

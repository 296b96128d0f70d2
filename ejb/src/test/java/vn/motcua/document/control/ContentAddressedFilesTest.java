package vn.motcua.document.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.document.entity.DocumentPurpose;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentAddressedFilesTest {

    @TempDir
    Path root;

    private ContentAddressedFiles files;
    private ContentInspector inspector;

    private InspectedUpload upload(byte[] content, String name) {
        files = new ContentAddressedFiles(root);
        inspector = new ContentInspector(files.incoming(), new UploadLimits(new Properties()));
        return inspector.inspect(new ByteArrayInputStream(content), name, DocumentPurpose.SCAN);
    }

    @Test
    void keepsAContentUnderItsHash() throws IOException {
        byte[] pdf = SampleFiles.pdf();
        try (InspectedUpload upload = upload(pdf, "Tờ khai.pdf")) {
            Path kept = files.keep(upload);
            String sha = upload.sha256();
            assertEquals(root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha), kept);
            assertArrayEquals(pdf, Files.readAllBytes(kept));
            assertFalse(Files.exists(upload.content()), "moved, not copied");
            if (isPosix()) {
                assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
            }
            try (InputStream in = files.open(sha)) {
                assertArrayEquals(pdf, in.readAllBytes());
            }
        }
    }

    @Test
    void keepsTheSameContentOnce() throws IOException {
        byte[] png = SampleFiles.png();
        Path first;
        try (InspectedUpload upload = upload(png, "mat-truoc.png")) {
            first = files.keep(upload);
        }
        try (InspectedUpload again = upload(png, "bản sao.png")) {
            assertEquals(first, files.keep(again));
            assertTrue(Files.exists(again.content()), "the same content is already kept; this copy is left to close");
        }
        try (Stream<Path> all = Files.walk(root)) {
            assertEquals(1, all.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aHashCannotLeadOutOfTheStore() {
        ContentAddressedFiles store = new ContentAddressedFiles(root);
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("AB".repeat(32)));
    }

    @Test
    void missingContentIsAServerFault() {
        ContentAddressedFiles store = new ContentAddressedFiles(root);
        assertThrows(IllegalStateException.class, () -> store.open("ab".repeat(32)));
    }

    private boolean isPosix() {
        return root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

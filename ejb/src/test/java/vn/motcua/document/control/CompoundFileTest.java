package vn.motcua.document.control;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompoundFileTest {

    @TempDir
    Path dir;

    private Set<String> namesOf(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("file"), content);
        return CompoundFile.rootEntryNames(file);
    }

    @Test
    void readsTheRootStorage() throws IOException {
        assertEquals(Set.of("WordDocument", "1Table"), namesOf(SampleFiles.doc()));
        assertTrue(namesOf(SampleFiles.xls()).contains("Workbook"));
    }

    @Test
    void onlyTheRootStorageTellsWhatTheFileIs() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[100]), "Workbook");
            fs.getRoot().createDirectory("ObjectPool").createDocument("WordDocument", new ByteArrayInputStream(new byte[100]));
            fs.writeFilesystem(out);
            assertEquals(Set.of("Workbook", "ObjectPool"), namesOf(out.toByteArray()));
        }
    }

    @Test
    void followsTheAllocationTableBeyondTheHeader() throws IOException {
        // more than 109 FAT sectors (about 7 MB in 512-byte sectors): the rest are listed by DIFAT sectors
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[8 * 1024 * 1024]), "Payload");
            fs.createDocument(new ByteArrayInputStream(new byte[100]), "Workbook");
            fs.writeFilesystem(out);
            byte[] content = out.toByteArray();
            assertTrue(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).getInt(0x2C) > 109);
            assertEquals(Set.of("Payload", "Workbook"), namesOf(content));
        }
    }

    @Test
    void aDamagedFileHasNoNamesAndNoError() throws IOException {
        byte[] doc = SampleFiles.doc();
        assertEquals(Set.of(), namesOf(Arrays.copyOf(doc, 300)));
        Random random = new Random(20260302);
        for (int i = 0; i < 300; i++) {
            byte[] damaged = doc.clone();
            for (int j = 0; j < 8; j++) {
                damaged[random.nextInt(1024 + 512)] = (byte) random.nextInt();
            }
            namesOf(damaged);
        }
    }
}

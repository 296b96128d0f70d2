package vn.motcua.document.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredFileTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void keepsTheMediaTypeOfTheDetectedFormat() {
        StoredFile file = new StoredFile(SHA, "Tờ khai.docx", FileFormat.DOCX, 1234, DocumentPurpose.FORM_TEMPLATE, NOW, "admin");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.getMediaType());
        assertEquals(1234, file.getSizeBytes());
        assertEquals(DocumentPurpose.FORM_TEMPLATE, file.getPurpose());
    }

    @Test
    void aScanIsNeverAnOfficeDocument() {
        assertThrows(IllegalArgumentException.class,
                () -> new StoredFile(SHA, "scan.docx", FileFormat.DOCX, 10, DocumentPurpose.SCAN, NOW, "tiepnhan"));
    }

    @Test
    void aResultIsAPdf() {
        assertTrue(DocumentPurpose.RESULT.allows(FileFormat.PDF));
        assertFalse(DocumentPurpose.RESULT.allows(FileFormat.JPEG));
    }

    @Test
    void refusesAnEmptyFileABadHashAndAnOverlongName() {
        assertThrows(IllegalArgumentException.class,
                () -> new StoredFile(SHA, "a.pdf", FileFormat.PDF, 0, DocumentPurpose.SCAN, NOW, "tiepnhan"));
        assertThrows(IllegalArgumentException.class,
                () -> new StoredFile(SHA.toUpperCase(), "a.pdf", FileFormat.PDF, 1, DocumentPurpose.SCAN, NOW, "tiepnhan"));
        assertThrows(IllegalArgumentException.class,
                () -> new StoredFile(SHA, "a".repeat(147) + ".pdf", FileFormat.PDF, 1, DocumentPurpose.SCAN, NOW, "tiepnhan"));
        assertThrows(IllegalArgumentException.class,
                () -> new StoredFile(SHA, " ", FileFormat.PDF, 1, DocumentPurpose.SCAN, NOW, "tiepnhan"));
    }

    @Test
    void findsTheFormatOfAMediaType() {
        assertEquals(FileFormat.PNG, FileFormat.ofMediaType("image/png").orElseThrow());
        assertTrue(FileFormat.ofMediaType("text/html").isEmpty());
    }
}

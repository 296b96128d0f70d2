package vn.motcua.document.control;

import org.junit.jupiter.api.Test;
import vn.motcua.document.entity.DocumentPurpose;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadLimitsTest {

    @Test
    void templatesMayBeLargerThanScans() {
        UploadLimits limits = new UploadLimits(new Properties());
        assertEquals(20L * 1024 * 1024, limits.maxBytes(DocumentPurpose.FORM_TEMPLATE));
        assertEquals(10L * 1024 * 1024, limits.maxBytes(DocumentPurpose.SCAN));
        assertEquals(10L * 1024 * 1024, limits.maxBytes(DocumentPurpose.CHAT_ATTACHMENT));
        assertEquals(20L * 1024 * 1024, limits.maxBytes(DocumentPurpose.RESULT));
    }

    @Test
    void aSystemPropertyOverridesOnePurpose() {
        Properties properties = new Properties();
        properties.setProperty("motcua.upload.max-bytes.chat-attachment", " 2097152 ");
        UploadLimits limits = new UploadLimits(properties);
        assertEquals(2L * 1024 * 1024, limits.maxBytes(DocumentPurpose.CHAT_ATTACHMENT));
        assertEquals(10L * 1024 * 1024, limits.maxBytes(DocumentPurpose.SCAN));
        assertEquals("motcua.upload.max-bytes.form-template", UploadLimits.propertyName(DocumentPurpose.FORM_TEMPLATE));
    }

    @Test
    void aMistypedLimitIsAnErrorNotASilentDefault() {
        Properties properties = new Properties();
        properties.setProperty("motcua.upload.max-bytes.scan", "10MB");
        properties.setProperty("motcua.upload.max-bytes.result", "0");
        UploadLimits limits = new UploadLimits(properties);
        assertThrows(IllegalStateException.class, () -> limits.maxBytes(DocumentPurpose.SCAN));
        assertThrows(IllegalStateException.class, () -> limits.maxBytes(DocumentPurpose.RESULT));
    }

    @Test
    void describesALimitAsAPersonReadsIt() {
        assertEquals("10 MB", UploadLimits.describe(10L * 1024 * 1024));
        assertEquals("1536 KB", UploadLimits.describe(1536L * 1024));
        assertEquals("1000 byte", UploadLimits.describe(1000));
    }
}

package vn.motcua.document.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.document.entity.DocumentPurpose;
import vn.motcua.document.entity.FileFormat;
import vn.motcua.shared.boundary.BusinessException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentInspectorTest {

    @TempDir
    Path work;

    private ContentInspector inspector() {
        return inspector(new Properties());
    }

    private ContentInspector inspector(Properties limits) {
        return new ContentInspector(work, new UploadLimits(limits));
    }

    private InspectedUpload inspect(byte[] content, String name, DocumentPurpose purpose) {
        return inspector().inspect(new ByteArrayInputStream(content), name, purpose);
    }

    private void assertRefused(String key, byte[] content, String name, DocumentPurpose purpose) throws IOException {
        BusinessException refused = assertThrows(BusinessException.class, () -> inspect(content, name, purpose));
        assertEquals(key, refused.getMessageKey());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count(), "a refused upload leaves nothing behind");
        }
    }

    static byte[] sample(FileFormat format) {
        return switch (format) {
            case PDF -> SampleFiles.pdf();
            case DOC -> SampleFiles.doc();
            case DOCX -> SampleFiles.docx();
            case XLS -> SampleFiles.xls();
            case XLSX -> SampleFiles.xlsx();
            case JPEG -> SampleFiles.jpeg();
            case PNG -> SampleFiles.png();
        };
    }

    static Stream<Arguments> acceptedFormats() {
        return Arrays.stream(DocumentPurpose.values())
                .flatMap(purpose -> purpose.formats().stream().flatMap(format -> format.extensions().stream()
                        .map(extension -> Arguments.of(purpose, format, extension))));
    }

    static Stream<Arguments> refusedFormats() {
        return Arrays.stream(DocumentPurpose.values())
                .flatMap(purpose -> Arrays.stream(FileFormat.values()).filter(format -> !purpose.allows(format))
                        .map(format -> Arguments.of(purpose, format)));
    }

    @ParameterizedTest(name = "{0} accepts {1} named .{2}")
    @MethodSource("acceptedFormats")
    void acceptsEachFormatOfItsPurpose(DocumentPurpose purpose, FileFormat format, String extension) {
        byte[] content = sample(format);
        try (InspectedUpload upload = inspect(content, "Hồ sơ." + extension, purpose)) {
            assertEquals(format, upload.format());
            assertEquals("Hồ sơ." + extension, upload.fileName());
            assertEquals(content.length, upload.sizeBytes());
            assertEquals(purpose, upload.purpose());
        }
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("refusedFormats")
    void refusesEveryOtherFormat(DocumentPurpose purpose, FileFormat format) throws IOException {
        assertRefused("document.typeNotAllowed", sample(format), "Hồ sơ." + format.extensions().get(0), purpose);
    }

    @Test
    void refusesDisguisedFiles() throws IOException {
        assertRefused("document.typeNotAllowed", SampleFiles.html(), "Tờ khai.pdf", DocumentPurpose.SCAN);
        assertRefused("document.extensionMismatch", SampleFiles.png(), "Tờ khai.pdf", DocumentPurpose.SCAN);
        assertRefused("document.extensionMismatch", SampleFiles.docx(), "Tờ khai.pdf", DocumentPurpose.FORM_TEMPLATE);
        assertRefused("document.typeNotAllowed", SampleFiles.docx(), "Tờ khai.pdf", DocumentPurpose.SCAN);
        assertRefused("document.typeNotAllowed", SampleFiles.plainZip(), "Biểu mẫu.xlsx", DocumentPurpose.FORM_TEMPLATE);
        assertRefused("document.typeNotAllowed", SampleFiles.windowsExecutable(), "Tờ khai.doc", DocumentPurpose.FORM_TEMPLATE);
        assertRefused("document.typeNotAllowed", SampleFiles.otherCompoundFile(), "Tờ khai.doc", DocumentPurpose.FORM_TEMPLATE);
        assertRefused("document.extensionMismatch", SampleFiles.xls(), "Tờ khai.doc", DocumentPurpose.FORM_TEMPLATE);
        assertRefused("document.extensionMismatch", SampleFiles.pdf(), "../../etc/passwd", DocumentPurpose.SCAN);
    }

    @Test
    void aPdfHeaderBehindAScriptIsNoPdf() throws IOException {
        byte[] pdf = SampleFiles.pdf();
        byte[] script = "<script>alert(document.cookie)</script>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = Arrays.copyOf(script, script.length + pdf.length);
        System.arraycopy(pdf, 0, polyglot, script.length, pdf.length);
        assertRefused("document.typeNotAllowed", polyglot, "Tờ khai.pdf", DocumentPurpose.SCAN);

        byte[] withBom = new byte[pdf.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(pdf, 0, withBom, 3, pdf.length);
        inspect(withBom, "Tờ khai.pdf", DocumentPurpose.SCAN).close();
    }

    @Test
    void explainsWhatWouldHaveBeenAccepted() {
        BusinessException wrongType = assertThrows(BusinessException.class,
                () -> inspect(SampleFiles.html(), "a.pdf", DocumentPurpose.SCAN));
        assertArrayEquals(new Object[]{"PDF, JPEG, PNG"}, wrongType.getArguments());
        BusinessException wrongName = assertThrows(BusinessException.class,
                () -> inspect(SampleFiles.jpeg(), "a.png", DocumentPurpose.SCAN));
        assertArrayEquals(new Object[]{"JPEG", ".jpg, .jpeg"}, wrongName.getArguments());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused("document.empty", new byte[0], "Tờ khai.pdf", DocumentPurpose.SCAN);
    }

    @Test
    void refusesADangerousNameBeforeReadingTheContent() throws IOException {
        assertRefused("document.nameInvalid", SampleFiles.pdf(), "../", DocumentPurpose.SCAN);
    }

    @Test
    void refusesAFileOverThePurposeLimitWithoutReadingItAll() throws IOException {
        Properties limits = new Properties();
        limits.setProperty(UploadLimits.propertyName(DocumentPurpose.SCAN), "1000");
        byte[] pdf = SampleFiles.pdf();
        byte[] atLimit = Arrays.copyOf(pdf, 1000);
        Arrays.fill(atLimit, pdf.length, atLimit.length, (byte) '\n');
        try (InspectedUpload upload = inspector(limits).inspect(new ByteArrayInputStream(atLimit), "a.pdf", DocumentPurpose.SCAN)) {
            assertEquals(1000, upload.sizeBytes());
        }

        InputStream endless = new InputStream() {
            private int position;

            @Override
            public int read() {
                return position < pdf.length ? pdf[position++] & 0xFF : '\n';
            }
        };
        BusinessException refused = assertThrows(BusinessException.class,
                () -> inspector(limits).inspect(endless, "a.pdf", DocumentPurpose.SCAN));
        assertEquals("document.tooLarge", refused.getMessageKey());
        assertArrayEquals(new Object[]{"1000 byte"}, refused.getArguments());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void computesTheSha256WhileCopying() throws Exception {
        byte[] content = SampleFiles.jpeg();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        try (InspectedUpload upload = inspect(content, "C:\\Users\\a\\Ảnh chụp CCCD.jpg", DocumentPurpose.SCAN)) {
            assertEquals(expected, upload.sha256());
            assertEquals("Ảnh chụp CCCD.jpg", upload.fileName());
            assertArrayEquals(content, Files.readAllBytes(upload.content()));
            assertTrue(upload.content().startsWith(work));
        }
    }

    @Test
    void closingAnUploadNotKeptRemovesItsTemporaryFile() {
        InspectedUpload upload = inspect(SampleFiles.pdf(), "a.pdf", DocumentPurpose.RESULT);
        assertTrue(Files.exists(upload.content()));
        upload.close();
        assertFalse(Files.exists(upload.content()));
    }

    @Test
    void aBrokenUploadIsTheUploadersToRetry() throws IOException {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        BusinessException refused = assertThrows(BusinessException.class,
                () -> inspector().inspect(broken, "a.pdf", DocumentPurpose.SCAN));
        assertEquals("document.uploadInterrupted", refused.getMessageKey());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void leavesTheCallersStreamOpen() {
        boolean[] closed = {false};
        InputStream content = new ByteArrayInputStream(SampleFiles.png()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        inspector().inspect(content, "a.png", DocumentPurpose.CHAT_ATTACHMENT).close();
        assertFalse(closed[0]);
    }
}

package vn.motcua.document.control;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import vn.motcua.document.entity.FileFormat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Tells what a file is from its bytes alone. Tika's magic numbers are asked without the file name,
 * so a name cannot talk them into a type. Two kinds of container need one more look, because the
 * detectors that open them live in Tika's parser modules, not in tika-core:
 * <ul>
 *     <li>DOCX and XLSX are ZIP files, which magic sees only as ZIP (or as "some OOXML" when
 *     {@code [Content_Types].xml} happens to be the first entry): {@link OfficeOpenXml} reads the
 *     declared main part;</li>
 *     <li>DOC and XLS are OLE2 compound files, which magic tells apart only when the directory lies in
 *     the first few kilobytes: {@link CompoundFile} reads the root directory for the Word or Excel
 *     stream, which also keeps out other OLE2 files such as Windows installers.</li>
 * </ul>
 * And one kind is held to its standard more strictly than Tika holds it: Tika also calls a file PDF
 * when "%PDF-1." appears anywhere in its first 512 bytes, which lets an HTML page with a script in
 * front pass as a PDF; ISO 32000-1 (7.5.2) puts the header on the first line, so that is required.
 */
public class ContentDetector {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    /** The media type of the file's content, e.g. {@code application/pdf} or {@code text/html}. */
    public String detect(Path file) throws IOException {
        MediaType type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            type = MAGIC.detect(in, new Metadata());
        }
        MediaTypeRegistry registry = MAGIC.getMediaTypeRegistry();
        if (registry.isInstanceOf(type, MediaType.APPLICATION_ZIP)) {
            return OfficeOpenXml.mainDocumentType(file).orElse(type.getBaseType().toString());
        }
        if (registry.isInstanceOf(type, OLE2)) {
            return compoundDocumentType(file);
        }
        if (type.getBaseType().toString().equals(FileFormat.PDF.mediaType()) && !startsWithPdfHeader(file)) {
            return MediaType.OCTET_STREAM.toString();
        }
        return type.getBaseType().toString();
    }

    private static boolean startsWithPdfHeader(Path file) throws IOException {
        String start;
        try (InputStream in = Files.newInputStream(file)) {
            start = new String(in.readNBytes(8), StandardCharsets.ISO_8859_1);
        }
        // Tika's own strict rule allows a UTF-8 byte-order mark first, as some writers add one
        return start.startsWith("%PDF-") || start.startsWith("\u00EF\u00BB\u00BF%PDF-");
    }

    private static String compoundDocumentType(Path file) throws IOException {
        Set<String> streams = CompoundFile.rootEntryNames(file);
        if (streams.contains("WordDocument")) {
            return FileFormat.DOC.mediaType();
        }
        // "Book" is the workbook stream of Excel 5/95, still written as .xls
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return FileFormat.XLS.mediaType();
        }
        return OLE2.toString();
    }
}

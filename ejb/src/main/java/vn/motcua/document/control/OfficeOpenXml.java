package vn.motcua.document.control;

import vn.motcua.document.entity.FileFormat;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells a Word or Excel Open XML package from any other ZIP by the main part its
 * {@code [Content_Types].xml} declares, and checks that part is really in the package. Macro-enabled
 * (.docm, .xlsm) and template packages declare other types and so stay unrecognised.
 */
final class OfficeOpenXml {

    private static final Map<String, FileFormat> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileFormat.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileFormat.XLSX);
    // a real content-types part is a few kilobytes; reading no more keeps a crafted one from exhausting memory
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private OfficeOpenXml() {
    }

    /** The DOCX or XLSX media type, or empty when the file is not a Word or Excel package. */
    static Optional<String> mainDocumentType(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes == null) {
                return Optional.empty();
            }
            byte[] declared;
            try (InputStream in = zip.getInputStream(contentTypes)) {
                declared = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
            }
            if (declared.length > MAX_CONTENT_TYPES_BYTES) {
                return Optional.empty();
            }
            return mainFormat(new ByteArrayInputStream(declared), zip).map(FileFormat::mediaType);
        } catch (ZipException | XMLStreamException e) {
            // a damaged or crafted package is simply not a Word or Excel file
            return Optional.empty();
        }
    }

    private static Optional<FileFormat> mainFormat(InputStream contentTypes, ZipFile zip) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no DTDs, no external entities: the part comes from an uploader
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(contentTypes);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(xml.getLocalName())) {
                    FileFormat format = MAIN_PARTS.get(xml.getAttributeValue(null, "ContentType"));
                    String part = xml.getAttributeValue(null, "PartName");
                    if (format != null && part != null && zip.getEntry(part.startsWith("/") ? part.substring(1) : part) != null) {
                        return Optional.of(format);
                    }
                }
            }
            return Optional.empty();
        } finally {
            xml.close();
        }
    }
}

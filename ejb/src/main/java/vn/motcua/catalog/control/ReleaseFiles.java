package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.CatalogFileFormat;
import vn.motcua.catalog.boundary.ReleaseDto;

import java.util.Locale;

/**
 * Reads and writes release files in either format. A file is taken whole or not at all: reading
 * never stops at the first problem, and only a file without problems goes on to be stored.
 */
public final class ReleaseFiles {

    /** Larger than any province's release (≈ 2,000 procedures make ≈ 3 MB of JSON); bounds memory. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private ReleaseFiles() {
    }

    public static ReleaseReading read(String fileName, byte[] content) {
        ProblemLog fileProblems = new ProblemLog(JsonReleaseReader.LOCATOR);
        if (content == null || content.length == 0) {
            fileProblems.addAt(null, 0, "", "catalog.file.empty");
            return new ReleaseReading(null, fileProblems);
        }
        if (content.length > MAX_BYTES) {
            fileProblems.addAt(null, 0, "", "catalog.file.tooLarge", MAX_BYTES / (1024 * 1024));
            return new ReleaseReading(null, fileProblems);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (zip(content) || name.endsWith(".xlsx")) {
            return new XlsxReleaseReader().read(content);
        }
        if (name.endsWith(".json") || looksLikeJson(content)) {
            return new JsonReleaseReader().read(content);
        }
        fileProblems.addAt(null, 0, "", "catalog.file.unknownFormat");
        return new ReleaseReading(null, fileProblems);
    }

    public static byte[] write(ReleaseDto release, CatalogFileFormat format) {
        return switch (format) {
            case JSON -> new JsonReleaseWriter().write(release);
            case XLSX -> new XlsxReleaseWriter().write(release);
        };
    }

    /** An XLSX file is a ZIP archive: it starts with the local file header PK\3\4. */
    private static boolean zip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean looksLikeJson(byte[] content) {
        for (byte b : content) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }
}

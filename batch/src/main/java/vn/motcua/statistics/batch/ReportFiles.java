package vn.motcua.statistics.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.motcua.shared.boundary.DataDirectory;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a province's report files live: {@code <data>/statistics/<province code>/<period key>/}, each
 * file with its SHA-256 beside it in the sha256sum format. Names are checked before any path is built.
 */
public final class ReportFiles {

    public static final List<String> NAMES = List.of("ii06a.xlsx", "ii06a.csv", "ii06a.json");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportFiles() {
    }

    /** The folder of a province's period; empty when a part is not a plain name. */
    public static java.util.Optional<Path> folder(String provinceCode, String periodKey) {
        if (provinceCode == null || periodKey == null || !SAFE.matcher(provinceCode).matches()
                || !SAFE.matcher(periodKey).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(DataDirectory.resolve("statistics", provinceCode, periodKey));
    }

    /** A published file, only one of {@link #NAMES} or its checksum. */
    public static java.util.Optional<Path> file(String provinceCode, String periodKey, String name) {
        if (name == null || !(NAMES.contains(name) || NAMES.contains(name.replaceFirst("\\.sha256$", "")))) {
            return java.util.Optional.empty();
        }
        return folder(provinceCode, periodKey).map(folder -> folder.resolve(name)).filter(Files::isRegularFile);
    }

    static String csv(List<Ii06aReportDto> reports) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord("period", "agency_code", "agency", "tt", "field_code", "field", "received",
                    "received_online", "received_in_person_postal", "carried_over", "resolved", "resolved_early",
                    "resolved_on_time", "resolved_late", "in_progress", "within_deadline", "overdue");
            for (Ii06aReportDto report : reports) {
                List<Ii06aRowDto> rows = new ArrayList<>(report.rows());
                rows.add(report.total());
                for (Ii06aRowDto row : rows) {
                    List<Object> record = new ArrayList<>(List.of(report.period().key(), report.agencyCode(),
                            report.reportingAgency(), row.fieldCode() == null ? "" : String.valueOf(row.number()),
                            row.fieldCode() == null ? "" : row.fieldCode(), row.fieldName()));
                    for (long figure : row.figures()) {
                        record.add(figure);
                    }
                    printer.printRecord(record);
                }
            }
        }
        return text.toString();
    }

    /**
     * Writes the file (replacing an earlier one whole) and its checksum; returns the SHA-256 of the bytes
     * written, digested on their way to the file rather than read back.
     */
    static String write(Path file, byte[] content, boolean bom) throws IOException, NoSuchAlgorithmException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
            if (bom) {
                out.write(BOM);
            }
            out.write(content);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha256"),
                sha256 + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
        return sha256;
    }
}

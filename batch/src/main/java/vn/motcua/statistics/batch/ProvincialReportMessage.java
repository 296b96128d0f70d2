package vn.motcua.statistics.batch;

import java.time.LocalDate;
import java.util.List;

/**
 * Version 1 of the announcement on the motcua.statistics topic (JSON text message) once a province's
 * reports are written: the period, the agencies reported (codes, the province first), and each file
 * with its download path (below the application's context root, PROVINCE officers only) and SHA-256.
 */
public record ProvincialReportMessage(int version, long executionId, String province, String periodType,
                                      String periodKey, LocalDate first, LocalDate last, List<String> agencies,
                                      List<FileLink> files) {

    public static final int VERSION = 1;

    public record FileLink(String name, String path, String sha256, long bytes) {
    }
}

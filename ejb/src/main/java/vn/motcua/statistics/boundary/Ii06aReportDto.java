package vn.motcua.statistics.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Biểu II.06a/VPCP/KSTT "Tình hình, kết quả giải quyết thủ tục hành chính": the header (period,
 * reporting agency, the agency it is sent to), one row per field, and the totals row.
 */
public record Ii06aReportDto(ReportPeriod period, String agencyCode, String reportingAgency,
                             String receivingAgency, List<Ii06aRowDto> rows, Ii06aRowDto total)
        implements Serializable {

    public Ii06aReportDto {
        rows = List.copyOf(rows);
    }

    public static Ii06aReportDto of(ReportPeriod period, String agencyCode, String reportingAgency,
                                    String receivingAgency, List<Ii06aRowDto> rows) {
        Ii06aRowDto total = Ii06aRowDto.of(0, null, "Tổng cộng", new long[11]);
        for (Ii06aRowDto row : rows) {
            total = total.plus(row);
        }
        return new Ii06aReportDto(period, agencyCode, reportingAgency, receivingAgency, rows, total);
    }
}

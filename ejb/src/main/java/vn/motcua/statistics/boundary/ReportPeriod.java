package vn.motcua.statistics.boundary;

import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * A reporting period of whole Vietnam days, first and last included: a month, a quarter, a year (the
 * periods of the provincial reports, Circular 01/2020/TT-VPCP on reporting) or any span a leader picks.
 * {@code key} names it in files and job parameters, e.g. {@code MONTH-2026-03}, {@code QUARTER-2026-1}.
 */
public record ReportPeriod(String type, LocalDate first, LocalDate last, String key) implements Serializable {

    public static final String MONTH = "MONTH";
    public static final String QUARTER = "QUARTER";
    public static final String YEAR = "YEAR";
    public static final String CUSTOM = "CUSTOM";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public ReportPeriod {
        if (first == null || last == null || last.isBefore(first) || first.plusYears(5).isBefore(last)) {
            throw new BusinessException("statistics.period.invalid");
        }
    }

    public static ReportPeriod custom(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            throw new BusinessException("statistics.period.invalid");
        }
        return new ReportPeriod(CUSTOM, first, last, CUSTOM + "-" + first + "_" + last);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(MONTH, month.atDay(1), month.atEndOfMonth(), MONTH + "-" + month);
    }

    /**
     * A period from the batch job's parameters: type MONTH with value {@code 2026-03}, QUARTER with
     * {@code 2026-1} … {@code 2026-4}, YEAR with {@code 2026}. Anything else is refused in Vietnamese.
     */
    public static ReportPeriod of(String type, String value) {
        try {
            String t = type == null ? "" : type.strip().toUpperCase();
            String v = value == null ? "" : value.strip();
            switch (t) {
                case MONTH:
                    return month(YearMonth.parse(v));
                case QUARTER: {
                    String[] parts = v.split("-(Q|q)?");
                    int year = Integer.parseInt(parts[0]);
                    int quarter = Integer.parseInt(parts[1]);
                    if (quarter < 1 || quarter > 4) {
                        break;
                    }
                    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
                    return new ReportPeriod(QUARTER, first, first.plusMonths(3).minusDays(1), QUARTER + "-" + year + "-" + quarter);
                }
                case YEAR: {
                    int year = Integer.parseInt(v);
                    return new ReportPeriod(YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), YEAR + "-" + year);
                }
                default:
                    break;
            }
        } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new BusinessException("statistics.period.invalid");
        }
        throw new BusinessException("statistics.period.invalid");
    }

    /** The first instant of the period. */
    public Instant start() {
        return first.atStartOfDay(Clocks.VIETNAM).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
    }

    /** What the report's header says, e.g. "Từ ngày 01/03/2026 đến ngày 31/03/2026". */
    public String label() {
        return "Từ ngày " + DAY.format(first) + " đến ngày " + DAY.format(last);
    }
}

package vn.motcua.statistics.batch;

import vn.motcua.statistics.boundary.ReportPeriod;

import java.time.Instant;
import java.util.Properties;

/** The job's parameters: the province, the period (type and value), and the instant overdue is judged at. */
record JobSettings(long provinceId, ReportPeriod period, Instant asOf) {

    static final String JOB = "provincial-statistics";
    static final String PROVINCE = "provinceId";
    static final String PERIOD_TYPE = "periodType";
    static final String PERIOD = "period";
    static final String AS_OF = "asOf";
    /** Test only: each partition's processor fails on its item after this many, to prove restarts. */
    static final String FAIL_AFTER = "failAfterItems";

    static JobSettings of(String province, String type, String value, String asOf) {
        return new JobSettings(Long.parseLong(province), ReportPeriod.of(type, value), Instant.parse(asOf));
    }

    Properties parameters() {
        Properties parameters = new Properties();
        parameters.setProperty(PROVINCE, String.valueOf(provinceId));
        parameters.setProperty(PERIOD_TYPE, period.type());
        parameters.setProperty(PERIOD, valueOf(period));
        parameters.setProperty(AS_OF, asOf.toString());
        return parameters;
    }

    /** The value {@link ReportPeriod#of} reads back: 2026-03, 2026-1, 2026. */
    static String valueOf(ReportPeriod period) {
        return switch (period.type()) {
            case ReportPeriod.MONTH -> period.first().toString().substring(0, 7);
            case ReportPeriod.QUARTER -> period.first().getYear() + "-" + ((period.first().getMonthValue() + 2) / 3);
            default -> String.valueOf(period.first().getYear());
        };
    }
}

package vn.motcua.catalog.entity;

/** How a statutory term (thời hạn giải quyết) is counted. */
public enum TermUnit {
    /** Ngày làm việc: the usual unit, may be fractional (0.5). */
    WORKING_DAYS,
    /** Giờ làm việc: e.g. chứng thực "trong 2 giờ làm việc". */
    WORKING_HOURS,
    /** Trong ngày: resolved the day of receipt, or the next working day after the cut-off time. */
    SAME_DAY
}

package vn.motcua.rating.entity;

/**
 * The nine indicators of the assessment of how an administrative procedure was handled (Decree
 * 61/2018/NĐ-CP Art. 33(1) a–i, scored under Circular 01/2018/TT-VPCP), in their legal order: the
 * order of the columns, the form and the report. Each is scored 2 (good), 1 (fair) or 0 (poor).
 */
public enum RatingIndicator {
    /** a) Tổng thời gian giải quyết so với thời gian quy định. */
    PROCESSING_TIME,
    /** b) Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết. */
    TIME_PER_BODY,
    /** c) Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ. */
    CONTACTS,
    /** d) Số cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ. */
    BODIES_CONTACTED,
    /** đ) Việc tiếp nhận hồ sơ và trả kết quả tại Bộ phận Một cửa. */
    DESK_SERVICE,
    /** e) Thủ tục hành chính được công khai đầy đủ, đúng quy định. */
    PUBLICATION,
    /** g) Thái độ của cán bộ, công chức, viên chức khi hướng dẫn, tiếp nhận hồ sơ. */
    STAFF_ATTITUDE,
    /** h) Kết quả tiếp nhận, xử lý phản ánh, kiến nghị. */
    FEEDBACK_HANDLING,
    /** i) Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến. */
    ONLINE_SERVICE;

    public static final int MAX_SCORE = 2;
    public static final int MAX_TOTAL = MAX_SCORE * values().length;

    /** The resource-bundle key of what the applicant reads, e.g. {@code rating.indicator.PROCESSING_TIME}. */
    public String labelKey() {
        return "rating.indicator." + name();
    }

    public static boolean isScore(int score) {
        return score >= 0 && score <= MAX_SCORE;
    }
}

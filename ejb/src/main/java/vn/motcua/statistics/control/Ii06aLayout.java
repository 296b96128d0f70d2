package vn.motcua.statistics.control;

import java.util.List;

/**
 * The words of form II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP), shared by the spreadsheet and the PDF:
 * two heading rows over the 13 numbered columns.
 */
final class Ii06aLayout {

    static final String FORM = "Biểu số II.06a/VPCP/KSTT";
    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ"
            + " TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    /** The groups of the first heading row: text, first column, number of columns. */
    static final List<Group> GROUPS = List.of(new Group("STT", 0, 1), new Group("Lĩnh vực giải quyết", 1, 1),
            new Group("Số hồ sơ nhận giải quyết", 2, 4), new Group("Số hồ sơ đã giải quyết", 6, 4),
            new Group("Số hồ sơ đang giải quyết", 10, 3));
    static final List<String> HEADINGS = List.of("", "", "Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính",
            "Từ kỳ trước chuyển qua", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn",
            "Quá hạn");
    static final int COLUMNS = 13;

    private Ii06aLayout() {
    }

    record Group(String text, int first, int span) {
    }
}

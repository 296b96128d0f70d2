package vn.motcua.catalog.control;

import vn.motcua.catalog.entity.Channel;

import java.util.ArrayList;
import java.util.List;

/**
 * The spreadsheet form of a release: which sheets, which columns under which Vietnamese headers,
 * and which attribute of the release each column fills. Shared by the reader and the writer so that
 * an exported file imports unchanged.
 */
final class XlsxLayout {

    static final String PROCEDURES = "Thủ tục";
    static final String DOCUMENTS = "Thành phần hồ sơ";
    static final String WORKFLOW = "Quy trình";
    static final String DECISION = "Quyết định công bố";

    /** A column: the attribute it fills, its header, its width in characters. */
    record Column(String key, String header, int width) {
    }

    static final List<Column> PROCEDURE_COLUMNS;
    static final List<Column> DOCUMENT_COLUMNS = List.of(
            new Column("procedure", "Mã thủ tục", 16),
            new Column("number", "STT", 6),
            new Column("name", "Tên giấy tờ", 60),
            new Column("form", "Hình thức", 20),
            new Column("copies", "Số lượng", 10),
            new Column("condition", "Điều kiện phải nộp (để trống nếu bắt buộc)", 40),
            new Column("template", "Mã biểu mẫu", 14));
    static final List<Column> STEP_COLUMNS = List.of(
            new Column("procedure", "Mã thủ tục", 16),
            new Column("number", "Bước", 6),
            new Column("name", "Tên bước", 50),
            new Column("agency", "Mã đơn vị thực hiện", 18),
            new Column("role", "Vai trò", 20),
            new Column("days", "Thời gian (ngày làm việc)", 14),
            new Column("parallelGroup", "Nhóm song song", 14),
            new Column("actions", "Thao tác được phép", 40));
    static final List<Column> DECISION_COLUMNS = List.of(
            new Column("label", "Thông tin", 24),
            new Column("value", "Giá trị", 60));
    /** The rows of the decision sheet: the release's header, one attribute a row. */
    static final List<Column> DECISION_ROWS = List.of(
            new Column("code", "Mã bộ thủ tục", 0),
            new Column("name", "Tên bộ thủ tục", 0),
            new Column("decisionNumber", "Số quyết định công bố", 0),
            new Column("decisionDate", "Ngày quyết định", 0));

    static {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("code", "Mã thủ tục", 16),
                new Column("name", "Tên thủ tục", 50),
                new Column("field", "Mã lĩnh vực", 18),
                new Column("onlineLevel", "Mức độ dịch vụ công trực tuyến", 16),
                new Column("agency", "Mã cơ quan thực hiện", 16),
                new Column("applicants", "Đối tượng thực hiện", 30),
                new Column("steps", "Trình tự thực hiện", 60),
                new Column("conditions", "Yêu cầu, điều kiện", 40),
                new Column("legalBasis", "Căn cứ pháp lý", 50),
                new Column("result", "Kết quả thực hiện", 30),
                new Column("term", "Thời hạn giải quyết", 22),
                new Column("fee.text", "Phí, lệ phí", 30),
                new Column("fee.amount", "Mức phí, lệ phí (đồng)", 14)));
        for (Channel channel : Channel.values()) {
            String label = CatalogVocabulary.label(channel);
            columns.add(new Column(channelKey(channel, "term"), label + ": thời hạn (để trống nếu không áp dụng)", 24));
            columns.add(new Column(channelKey(channel, "fee.text"), label + ": phí, lệ phí", 24));
            columns.add(new Column(channelKey(channel, "fee.amount"), label + ": mức phí (đồng)", 14));
        }
        columns.add(new Column("forms", "Biểu mẫu (mỗi dòng: mã | tên)", 40));
        PROCEDURE_COLUMNS = List.copyOf(columns);
    }

    private XlsxLayout() {
    }

    static String channelKey(Channel channel, String attribute) {
        return "channel:" + channel.name() + "." + attribute;
    }
}

package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.boundary.ControlSheetDto;
import vn.motcua.dossier.boundary.HandOffDto;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.dossier.control.PrintedForms.assertContains;
import static vn.motcua.dossier.control.PrintedForms.textOf;

class ControlSheetRendererTest {

    private static final List<HandOffDto> HAND_OFFS = List.of(
            new HandOffDto("Tiếp nhận và chuyển hồ sơ", "Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê",
                    Instant.parse("2026-03-02T08:00:00Z"), "Rơ Châm H'Nhi", "Trần Văn Bình",
                    Instant.parse("2026-03-02T09:00:00Z"), "Trước hạn", null),
            new HandOffDto("Thẩm định, ghi nội dung đăng ký", "Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê",
                    Instant.parse("2026-03-04T02:15:00Z"), "Trần Văn Bình", "Lê Thị Thu Hà",
                    Instant.parse("2026-03-04T02:15:00Z"), "Đúng hạn", "Đã đối chiếu bản đồ địa chính"),
            new HandOffDto("Trả kết quả", "Bộ phận Tiếp nhận và Trả kết quả",
                    Instant.parse("2026-03-06T01:30:00Z"), "Lê Thị Thu Hà", "Rơ Châm H'Nhi",
                    null, "Quá hạn", "Chậm 1 ngày, đã có phiếu xin lỗi"));

    @Test
    void printsOneRowPerHandOffWithItsTimeliness() throws IOException {
        byte[] pdf = ControlSheetRenderer.render(sheet(HAND_OFFS));
        PrintedForms.save("05-control-sheet.pdf", pdf);

        String text = textOf(pdf);
        assertContains(text, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: H38.22-260302-0015",
                "Chư Sê, ngày 02 tháng 3 năm 2026", "Tên tổ chức, cá nhân: Nguyễn Thị Hồng",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Thời gian nhận hồ sơ: 14:35, ngày 02/03/2026",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16:00, ngày 05/03/2026",
                "TÊN CƠ QUAN", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)",
                "GHI CHÚ");
        // a row reads across its cells: step, unit, time, giver, receiver, timeliness, due time, note
        assertContains(text,
                "1. Tiếp nhận và chuyển hồ sơ Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê 15:00, ngày 02/03/2026"
                        + " Người giao: Rơ Châm H'Nhi Người nhận: Trần Văn Bình Trước hạn (Hạn: 16:00, ngày 02/03/2026)",
                "2. Thẩm định, ghi nội dung đăng ký", "09:15, ngày 04/03/2026 Người giao: Trần Văn Bình"
                        + " Người nhận: Lê Thị Thu Hà Đúng hạn (Hạn: 09:15, ngày 04/03/2026) Đã đối chiếu bản đồ địa chính",
                "3. Trả kết quả Bộ phận Tiếp nhận và Trả kết quả 08:30, ngày 06/03/2026 Người giao: Lê Thị Thu Hà"
                        + " Người nhận: Rơ Châm H'Nhi Quá hạn Chậm 1 ngày, đã có phiếu xin lỗi");
        assertEquals(3, PrintedForms.occurrences(text, "Người giao:"), "one row per hand-off");
        PrintedForms.assertOnlyLiberationSerif(pdf);
    }

    @Test
    void refusesAHandOffWithoutTimeAndASheetWithoutCode() {
        assertThrows(NullPointerException.class, () -> new HandOffDto("Trả kết quả",
                "Bộ phận Tiếp nhận và Trả kết quả", null, "Lê Thị Thu Hà", "Rơ Châm H'Nhi", null, null, null));
        assertThrows(NullPointerException.class, () -> new ControlSheetDto("Ủy ban nhân dân huyện Chư Sê",
                "Bộ phận Tiếp nhận và Trả kết quả", "Chư Sê", null, "Nguyễn Thị Hồng",
                "Đăng ký thế chấp quyền sử dụng đất", Instant.parse("2026-03-02T07:35:00Z"),
                Instant.parse("2026-03-05T09:00:00Z"), HAND_OFFS));
    }

    private static ControlSheetDto sheet(List<HandOffDto> handOffs) {
        return new ControlSheetDto("Ủy ban nhân dân huyện Chư Sê", "Bộ phận Tiếp nhận và Trả kết quả", "Chư Sê",
                "H38.22-260302-0015", "Nguyễn Thị Hồng", "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                Instant.parse("2026-03-02T07:35:00Z"), Instant.parse("2026-03-05T09:00:00Z"), handOffs);
    }
}

package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.boundary.RefusalFormDto;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.dossier.control.PrintedForms.assertContains;
import static vn.motcua.dossier.control.PrintedForms.textOf;

class RefusalRendererTest {

    private static final List<String> REASONS = List.of(
            "Thửa đất đang có tranh chấp, Tòa án nhân dân huyện Chư Sê đã thụ lý vụ án số 15/2026/TLST-DS",
            "Quyền sử dụng đất đang bị kê biên để bảo đảm thi hành án theo Quyết định số 08/QĐ-CCTHADS");

    @Test
    void printsEveryReason() throws IOException {
        byte[] pdf = RefusalRenderer.render(form(REASONS));
        PrintedForms.save("03-refusal.pdf", pdf);

        String text = textOf(pdf);
        assertContains(text, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Số: 3/PTC",
                "Mã hồ sơ: H38.22-260302-0015", "Chư Sê, ngày 02 tháng 3 năm 2026",
                "Bộ phận Tiếp nhận và Trả kết quả tiếp nhận hồ sơ của:", "Ông/Bà: Nguyễn Thị Hồng",
                "Nội dung yêu cầu giải quyết: Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Thời gian nhận hồ sơ: 14:35, ngày 02/03/2026",
                "thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
                "1. " + REASONS.get(0), "2. " + REASONS.get(1), "Xin thông báo để Ông/Bà được biết và thực hiện",
                "NGƯỜI TIẾP NHẬN HỒ SƠ", "Rơ Châm H'Nhi");
        PrintedForms.assertOnlyLiberationSerif(pdf);
    }

    @Test
    void refusesARefusalWithoutReasonOrApplicant() {
        assertThrows(IllegalArgumentException.class, () -> form(List.of()));
        assertThrows(NullPointerException.class, () -> new RefusalFormDto("Ủy ban nhân dân huyện Chư Sê",
                "Bộ phận Tiếp nhận và Trả kết quả", "Chư Sê", "3/PTC", Instant.parse("2026-03-02T08:10:00Z"), null,
                "H38.22-260302-0015", "Đăng ký thế chấp quyền sử dụng đất", Instant.parse("2026-03-02T07:35:00Z"),
                REASONS, "Rơ Châm H'Nhi"));
    }

    private static RefusalFormDto form(List<String> reasons) {
        return new RefusalFormDto("Ủy ban nhân dân huyện Chư Sê", "Bộ phận Tiếp nhận và Trả kết quả", "Chư Sê",
                "3/PTC", Instant.parse("2026-03-02T08:10:00Z"), "Nguyễn Thị Hồng", "H38.22-260302-0015",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", Instant.parse("2026-03-02T07:35:00Z"),
                reasons, "Rơ Châm H'Nhi");
    }
}

package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.boundary.SupplementRequestFormDto;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.dossier.control.PrintedForms.assertContains;
import static vn.motcua.dossier.control.PrintedForms.textOf;

class SupplementRequestRendererTest {

    private static final List<String> ITEMS = List.of(
            "Hợp đồng thế chấp chưa có chữ ký của bên nhận thế chấp ở trang 3",
            "Bổ sung bản sao có chứng thực Giấy chứng nhận quyền sử dụng đất số CS 04512",
            "Phiếu yêu cầu đăng ký thế chấp ghi sai diện tích thửa đất (ghi 250 m², đúng là 205 m²)");

    @Test
    void printsEveryItemWithTheDossierAndTheContact() throws IOException {
        byte[] pdf = SupplementRequestRenderer.render(form(ITEMS));
        PrintedForms.save("02-supplement-request.pdf", pdf);

        String text = textOf(pdf);
        assertContains(text, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Số: 12/PBS",
                "Mã hồ sơ: H38.22-260302-0015", "ỦY BAN NHÂN DÂN HUYỆN CHƯ SÊ", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hồ sơ của: Nguyễn Thị Hồng",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Thời gian nhận hồ sơ: 14:35, ngày 02/03/2026",
                "1. " + ITEMS.get(0), "2. " + ITEMS.get(1), "3. " + ITEMS.get(2),
                "Lý do: Hồ sơ chưa đầy đủ thành phần theo quy định",
                "liên hệ với bà Rơ Châm H'Nhi, số điện thoại 0269 3851 234 để được hướng dẫn",
                "NGƯỜI HƯỚNG DẪN", "Rơ Châm H'Nhi");
        // issued at 01:30 on 4 March in Vietnam, still 3 March in UTC
        assertContains(text, "Chư Sê, ngày 04 tháng 3 năm 2026");
        PrintedForms.assertOnlyLiberationSerif(pdf);
    }

    @Test
    void refusesARequestWithoutItemsOrDossierCode() {
        assertThrows(IllegalArgumentException.class, () -> form(List.of()));
        assertThrows(NullPointerException.class, () -> new SupplementRequestFormDto("Ủy ban nhân dân huyện Chư Sê",
                "Bộ phận Tiếp nhận và Trả kết quả", "Chư Sê", "12/PBS", Instant.parse("2026-03-03T18:30:00Z"),
                "Nguyễn Thị Hồng", null, "Đăng ký thế chấp quyền sử dụng đất", Instant.parse("2026-03-02T07:35:00Z"),
                ITEMS, null, "bà Rơ Châm H'Nhi", "Rơ Châm H'Nhi"));
    }

    private static SupplementRequestFormDto form(List<String> items) {
        return new SupplementRequestFormDto("Ủy ban nhân dân huyện Chư Sê", "Bộ phận Tiếp nhận và Trả kết quả",
                "Chư Sê", "12/PBS", Instant.parse("2026-03-03T18:30:00Z"), "Nguyễn Thị Hồng", "H38.22-260302-0015",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", Instant.parse("2026-03-02T07:35:00Z"),
                items, "Hồ sơ chưa đầy đủ thành phần theo quy định",
                "bà Rơ Châm H'Nhi, số điện thoại 0269 3851 234", "Rơ Châm H'Nhi");
    }
}

package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.boundary.ApologyFormDto;

import java.io.IOException;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.dossier.control.PrintedForms.assertContains;
import static vn.motcua.dossier.control.PrintedForms.textOf;

class ApologyRendererTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T07:35:00Z");
    private static final Instant MISSED = Instant.parse("2026-03-05T09:00:00Z");
    private static final Instant NEW = Instant.parse("2026-03-10T03:00:00Z");

    @Test
    void printsTheMissedAndTheNewAppointmentWithTheReason() throws IOException {
        byte[] pdf = ApologyRenderer.render(form(MISSED, NEW));
        PrintedForms.save("04-apology.pdf", pdf);

        String text = textOf(pdf);
        assertContains(text, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mã hồ sơ: H38.22-260302-0015",
                "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Chư Sê, ngày 04 tháng 3 năm 2026", "Kính gửi: Nguyễn Thị Hồng",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Thời gian nhận hồ sơ: 14:35, ngày 02/03/2026",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16:00, ngày 05/03/2026",
                "Lý do: Cần xác minh thực địa ranh giới thửa đất với hộ liền kề",
                "Phòng Tài nguyên và Môi trường xin lỗi Ông/Bà",
                "Thời gian hẹn trả kết quả mới: 10:00, ngày 10/03/2026",
                "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "Ksor Y Đức");
        assertFalse(text.contains("Số:"), "form 04 has no number");
        PrintedForms.assertOnlyLiberationSerif(pdf);
    }

    @Test
    void refusesANewAppointmentNotAfterTheMissedOneOrNoReason() {
        assertThrows(IllegalArgumentException.class, () -> form(MISSED, MISSED));
        assertThrows(NullPointerException.class, () -> new ApologyFormDto("Ủy ban nhân dân huyện Chư Sê",
                "Phòng Tài nguyên và Môi trường", "Chư Sê", Instant.parse("2026-03-04T02:00:00Z"), "Nguyễn Thị Hồng",
                "H38.22-260302-0015", "Đăng ký thế chấp quyền sử dụng đất", RECEIVED, MISSED, NEW, null,
                "Ksor Y Đức"));
    }

    private static ApologyFormDto form(Instant missed, Instant next) {
        return new ApologyFormDto("Ủy ban nhân dân huyện Chư Sê", "Phòng Tài nguyên và Môi trường", "Chư Sê",
                Instant.parse("2026-03-04T02:00:00Z"), "Nguyễn Thị Hồng", "H38.22-260302-0015",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", RECEIVED, missed, next,
                "Cần xác minh thực địa ranh giới thửa đất với hộ liền kề", "Ksor Y Đức");
    }
}

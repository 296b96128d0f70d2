package vn.motcua.dossier.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.boundary.LogbookDto;
import vn.motcua.dossier.boundary.LogbookEntryDto;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.dossier.control.PrintedForms.assertContains;
import static vn.motcua.dossier.control.PrintedForms.textOf;

class LogbookRendererTest {

    static LogbookDto logbook() {
        return new LogbookDto("Ủy ban nhân dân huyện Chư Sê", "Bộ phận Tiếp nhận và Trả kết quả",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), List.of(
                new LogbookEntryDto(1541, "H38.22-260302-0015",
                        "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", "Nguyễn Thị Hồng",
                        "Xã Ia Blang, huyện Chư Sê, tỉnh Gia Lai", "0905 123 456",
                        Instant.parse("2026-03-02T07:35:00Z"), Instant.parse("2026-03-05T09:00:00Z"),
                        "Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê", Instant.parse("2026-03-05T08:10:00Z"),
                        "Trước hạn", null),
                new LogbookEntryDto(1542, "H38.22-260302-0016", "Đăng ký khai sinh", "Rơ Mah Hiếu",
                        "Thị trấn Chư Sê, huyện Chư Sê, tỉnh Gia Lai", null,
                        Instant.parse("2026-03-02T08:05:00Z"), Instant.parse("2026-03-03T09:00:00Z"),
                        "Phòng Tư pháp", null, null, "Nộp trực tuyến")));
    }

    @Test
    void printsEveryEntryAcrossALandscapePage() throws IOException {
        byte[] pdf = LogbookRenderer.render(logbook());
        PrintedForms.save("06-logbook.pdf", pdf);

        String text = textOf(pdf);
        assertContains(text, "SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/03/2026 đến ngày 31/03/2026",
                "ỦY BAN NHÂN DÂN HUYỆN CHƯ SÊ", "Ngày, tháng, năm", "Nhận hồ sơ", "Hẹn trả kết quả",
                "Cơ quan chủ trì giải quyết",
                "1541", "H38.22-260302-0015", "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Nguyễn Thị Hồng", "Xã Ia Blang, huyện Chư Sê, tỉnh Gia Lai 0905 123 456",
                "Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê",
                "14:35, ngày 02/03/2026 16:00, ngày 05/03/2026 15:10, ngày 05/03/2026 Trước hạn",
                "1542", "H38.22-260302-0016", "Đăng ký khai sinh", "Rơ Mah Hiếu", "Phòng Tư pháp",
                "15:05, ngày 02/03/2026 16:00, ngày 03/03/2026 Nộp trực tuyến");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // OpenPDF turns the A4 page a quarter round rather than swapping its sides
            PDPage page = document.getPage(0);
            PDRectangle box = page.getMediaBox();
            boolean turned = page.getRotation() % 180 != 0;
            assertTrue(turned ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight(), "A4 landscape");
        }
        PrintedForms.assertOnlyLiberationSerif(pdf);
    }

    @Test
    void refusesAPeriodEndingBeforeItStartsAndAnEntryNumberedZero() {
        assertThrows(IllegalArgumentException.class, () -> new LogbookDto("Ủy ban nhân dân huyện Chư Sê",
                "Bộ phận Tiếp nhận và Trả kết quả", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LogbookEntryDto(0, "H38.22-260302-0016",
                "Đăng ký khai sinh", "Rơ Mah Hiếu", null, null, Instant.parse("2026-03-02T08:05:00Z"),
                Instant.parse("2026-03-03T09:00:00Z"), null, null, null, null));
        assertThrows(NullPointerException.class, () -> new LogbookEntryDto(1, null,
                "Đăng ký khai sinh", "Rơ Mah Hiếu", null, null, Instant.parse("2026-03-02T08:05:00Z"),
                Instant.parse("2026-03-03T09:00:00Z"), null, null, null, null));
    }
}

package vn.motcua.dossier.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormPdfTest {

    @Test
    void zeroPadsDaysUnderTenAndOnlyTheFirstTwoMonths() {
        assertEquals("Chư Sê, ngày 02 tháng 3 năm 2026", FormPdf.placeAndDate("Chư Sê", LocalDate.of(2026, 3, 2)));
        assertEquals("Pleiku, ngày 15 tháng 02 năm 2026", FormPdf.placeAndDate("Pleiku", LocalDate.of(2026, 2, 15)));
        assertEquals("Pleiku, ngày 31 tháng 12 năm 2025", FormPdf.placeAndDate("Pleiku", LocalDate.of(2025, 12, 31)));
    }

    @Test
    void upperCasesVietnameseLetters() {
        assertEquals("ỦY BAN NHÂN DÂN XÃ ĐĂK ĐOA", FormPdf.upperCase("Ủy ban nhân dân xã Đăk Đoa"));
    }

    @Test
    void printsDecomposedInputComposedWithEveryFontEmbedded() throws IOException {
        // macOS and some browsers send "ễ" as e + circumflex + tilde
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 A\u0301nh Tuye\u0302\u0301t";
        byte[] pdf = FormPdf.render(document -> {
            FormPdf.add(document, FormPdf.nationalHeader("Ủy ban nhân dân huyện Chư Sê",
                    "Bộ phận Tiếp nhận và Trả kết quả", "1/TNHS", "Chư Sê, ngày 02 tháng 3 năm 2026"));
            FormPdf.add(document, FormPdf.signatures("NGƯỜI NỘP HỒ SƠ", "", "NGƯỜI TIẾP NHẬN HỒ SƠ", decomposed));
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Nguyễn Thị Ánh Tuyết"));
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("LiberationSerif"), font.getName());
            }
        }
    }
}

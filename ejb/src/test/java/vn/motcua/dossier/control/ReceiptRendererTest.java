package vn.motcua.dossier.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.ReceiptDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptRendererTest {

    private static final String LOOKUP_URL = "https://motcua.gialai.gov.vn/tra-cuu?ma=H38.22-260302-0015";

    @Test
    void printsVietnameseTextExactly() throws IOException {
        byte[] pdf = ReceiptRenderer.render(receipt(List.of(
                new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp", DocumentForm.ORIGINAL, 2),
                new SubmittedDocumentDto("Giấy chứng nhận quyền sử dụng đất", DocumentForm.ORIGINAL, 1),
                new SubmittedDocumentDto("Hợp đồng thế chấp có công chứng", DocumentForm.CERTIFIED_COPY, 1))));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "receipt-sample.pdf"), pdf);

        String text = textOf(pdf);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "extracted text is NFC");
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN HUYỆN CHƯ SÊ", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Chư Sê, ngày 02 tháng 3 năm 2026",
                "Nguyễn Thị Ánh Tuyết", "Xã Ia Blang, huyện Chư Sê, tỉnh Gia Lai",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Mã hồ sơ: H38.22-260302-0015", "14:35, ngày 02/03/2026", "16:00, ngày 05/03/2026",
                "Mã tra cứu (PIN): 482916", "Quét mã để tra cứu tình trạng hồ sơ", "Bản sao có chứng thực",
                "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Rơ Châm H'Nhi")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in:\n" + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                assertTrue(resources.getFont(name).isEmbedded(), "every font is embedded: " + name);
            }
        }
    }

    @Test
    void qrCodeOnTheFirstPageOpensTheLookupPage() throws Exception {
        byte[] pdf = ReceiptRenderer.render(receipt(List.of(
                new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp", DocumentForm.ORIGINAL, 2))));
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        assertEquals(LOOKUP_URL, decodeQr(page));
    }

    @Test
    void thirtyDocumentsFlowOntoASecondPageWithoutLosingALine() throws IOException {
        List<SubmittedDocumentDto> documents = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new SubmittedDocumentDto("Giấy tờ kèm theo số %02d (bản đồ địa chính thửa đất)".formatted(i),
                        DocumentForm.COPY, 1))
                .toList();
        byte[] pdf = ReceiptRenderer.render(receipt(documents));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "30 documents need a second page");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String secondPage = stripper.getText(document);
            assertTrue(secondPage.contains("Giấy tờ kèm theo số 30"), "the list goes on on page 2");
            assertTrue(secondPage.contains("Tên giấy tờ"), "the table heading repeats on page 2");
        }
        String text = textOf(pdf);
        for (int i = 1; i <= 30; i++) {
            String line = "Giấy tờ kèm theo số %02d".formatted(i);
            assertEquals(1, occurrences(text, line), line);
        }
        assertTrue(text.contains("Mã tra cứu (PIN): 482916"));
    }

    private static ReceiptDto receipt(List<SubmittedDocumentDto> documents) {
        return new ReceiptDto("Ủy ban nhân dân huyện Chư Sê", "Bộ phận Tiếp nhận và Trả kết quả", "Chư Sê",
                "125/TNHS", "H38.22-260302-0015", "Nguyễn Thị Ánh Tuyết", "064190001234",
                "Xã Ia Blang, huyện Chư Sê, tỉnh Gia Lai", "0905 123 456", "anhtuyet@example.vn",
                "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", documents, 1,
                "Trong ngày làm việc", Instant.parse("2026-03-02T07:35:00Z"), Instant.parse("2026-03-05T09:00:00Z"),
                "Bộ phận Tiếp nhận và Trả kết quả huyện Chư Sê", "01", 1542, "Rơ Châm H'Nhi", LOOKUP_URL, "482916");
    }

    /** The page's text with each run of white space as one space, since where a line wraps is layout. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String decodeQr(BufferedImage page) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}

package vn.motcua.dossier.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.motcua.catalog.control.CatalogVocabulary;
import vn.motcua.dossier.boundary.ReceiptDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;

import java.util.List;
import java.util.Map;

import static vn.motcua.dossier.control.FormPdf.BODY_SIZE;
import static vn.motcua.dossier.control.FormPdf.add;
import static vn.motcua.dossier.control.FormPdf.bold;
import static vn.motcua.dossier.control.FormPdf.field;
import static vn.motcua.dossier.control.FormPdf.italic;
import static vn.motcua.dossier.control.FormPdf.regular;
import static vn.motcua.dossier.control.FormPdf.text;
import static vn.motcua.dossier.control.FormTable.cell;

/**
 * Prints the "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" in the layout of form 01 (appendix of
 * Circular 01/2018/TT-VPCP), with a QR code of the lookup page so the applicant can follow the dossier.
 */
public final class ReceiptRenderer {

    private static final float QR_SIZE = 72;

    private ReceiptRenderer() {
    }

    public static byte[] render(ReceiptDto receipt) {
        return FormPdf.render(document -> {
            FormPdf.opening(document, FormPdf.nationalHeader(receipt.parentAgencyName(), receipt.agencyName(),
                    receipt.receiptNumber(), FormPdf.placeAndDate(receipt.placeName(),
                            FormTimes.day(receipt.receivedAt()))),
                    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receipt.dossierCode());
            applicant(document, receipt);
            documents(document, receipt.documents());
            add(document, field("2. Số lượng hồ sơ", receipt.setCount() + " (bộ)"));
            add(document, field("3. Thời gian giải quyết hồ sơ theo quy định là", receipt.statutoryTime()));
            add(document, field("4. Thời gian nhận hồ sơ", FormTimes.time(receipt.receivedAt())));
            add(document, field("5. Thời gian trả kết quả giải quyết hồ sơ", FormTimes.time(receipt.appointmentAt())));
            add(document, field("6. Đăng ký nhận kết quả tại", receipt.collectAt()));
            add(document, field("Vào Sổ theo dõi hồ sơ, Quyển số", receipt.logbookVolume()
                    + ", Số thứ tự: " + receipt.logbookEntry()));
            closing(document, receipt);
        });
    }

    private static void applicant(Document document, ReceiptDto receipt) {
        Paragraph desk = new Paragraph(text(receipt.agencyName() + " tiếp nhận hồ sơ của:", regular(BODY_SIZE)));
        desk.setSpacingBefore(12);
        add(document, desk);
        add(document, field("Ông/Bà", receipt.applicantName()));
        add(document, field("Số định danh cá nhân/Mã số thuế", receipt.applicantIdNumber()));
        add(document, field("Địa chỉ", receipt.applicantAddress()));
        add(document, field("Số điện thoại", blankIfNull(receipt.applicantPhone())
                + "    Email: " + blankIfNull(receipt.applicantEmail())));
        add(document, field("Nội dung yêu cầu giải quyết", receipt.procedureName()));
    }

    /** The table of form 01 item 1; its heading row repeats when the list runs onto the next page. */
    private static void documents(Document document, List<SubmittedDocumentDto> documents) {
        add(document, new Paragraph(text("1. Thành phần hồ sơ nộp gồm:", regular(BODY_SIZE))));
        PdfPTable table = FormTable.ruled(new float[] {1, 9, 5, 2.2f}, 1);
        table.setSpacingBefore(4);
        for (String heading : List.of("TT", "Tên giấy tờ", "Hình thức (bản chính, bản sao, bản sao có chứng thực)",
                "Số lượng")) {
            table.addCell(FormTable.heading(heading, FormPdf.HEADER_SIZE));
        }
        int row = 1;
        for (SubmittedDocumentDto line : documents) {
            table.addCell(FormTable.value(String.valueOf(row++), FormPdf.HEADER_SIZE, Element.ALIGN_CENTER));
            table.addCell(FormTable.value(line.name(), FormPdf.HEADER_SIZE, Element.ALIGN_LEFT));
            table.addCell(FormTable.value(CatalogVocabulary.label(line.form()), FormPdf.HEADER_SIZE,
                    Element.ALIGN_CENTER));
            table.addCell(FormTable.value(String.valueOf(line.count()), FormPdf.HEADER_SIZE, Element.ALIGN_CENTER));
        }
        add(document, table);
    }

    /** Signatures, then the QR code, kept on one page so the receipt never ends on a lone code. */
    private static void closing(Document document, ReceiptDto receipt) {
        PdfPTable closing = FormTable.table(new float[] {1});
        closing.setSpacingBefore(6);
        closing.setKeepTogether(true);
        PdfPCell signatures = cell(Element.ALIGN_CENTER);
        signatures.addElement(FormPdf.signatures("NGƯỜI NỘP HỒ SƠ", "", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                receipt.receivingOfficerName()));
        closing.addCell(signatures);
        closing.addCell(lookup(receipt));
        add(document, closing);
    }

    private static PdfPCell lookup(ReceiptDto receipt) {
        PdfPTable lookup = FormTable.table(new float[] {1, 3.5f});
        PdfPCell code = cell(Element.ALIGN_LEFT);
        code.addElement(qrCode(receipt.lookupUrl()));
        lookup.addCell(code);
        PdfPCell words = cell(Element.ALIGN_LEFT);
        words.setVerticalAlignment(Element.ALIGN_MIDDLE);
        words.addElement(new Paragraph(text("Quét mã để tra cứu tình trạng hồ sơ", italic(FormPdf.HEADER_SIZE))));
        words.addElement(new Paragraph(text(receipt.lookupUrl(), regular(FormPdf.HEADER_SIZE))));
        words.addElement(new Paragraph(text("Mã tra cứu (PIN): " + receipt.lookupPin(), bold(FormPdf.HEADER_SIZE))));
        lookup.addCell(words);
        PdfPCell holder = cell(Element.ALIGN_LEFT);
        holder.setPaddingTop(4);
        holder.addElement(lookup);
        return holder;
    }

    /**
     * The QR code as a 1-bit image, one pixel per module with the quiet zone the standard asks for;
     * the PDF scales it without smoothing, so it stays sharp on any printer.
     */
    private static Image qrCode(String url) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The lookup URL does not fit in a QR code", e);
        }
        int width = modules.getWidth();
        int rowBytes = (width + 7) / 8;
        byte[] bits = new byte[rowBytes * modules.getHeight()];
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (!modules.get(x, y)) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        try {
            Image image = Image.getInstance(width, modules.getHeight(), 1, 1, bits);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}

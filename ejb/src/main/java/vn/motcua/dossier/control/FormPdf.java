package vn.motcua.dossier.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the printed forms of Circular 01/2018/TT-VPCP (appendix, forms 01–06) share: an A4 page laid
 * out as Decree 30/2020/NĐ-CP prescribes for administrative documents, its font, the two-column
 * header with the national motto, the title and the signature block.
 */
public final class FormPdf {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final float BODY_SIZE = 13;
    public static final float HEADER_SIZE = 12;
    public static final float TITLE_SIZE = 14;

    private FormPdf() {
    }

    /** Lays the content out on portrait A4 and returns the PDF, entirely in memory. */
    public static byte[] render(Consumer<Document> content) {
        return render(PageSize.A4, content);
    }

    /**
     * Lays the content out on the given page (A4 landscape for the logbook, form 06). Margins are those
     * of Decree 30/2020/NĐ-CP: 20 mm top and bottom, 30 mm left (for binding), 15 mm right.
     */
    public static byte[] render(Rectangle pageSize, Consumer<Document> content) {
        Document document = new Document(pageSize, Utilities.millimetersToPoints(30),
                Utilities.millimetersToPoints(15), Utilities.millimetersToPoints(20), Utilities.millimetersToPoints(20));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, pdf);
        document.open();
        content.accept(document);
        document.close();
        return pdf.toByteArray();
    }

    public static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the form", e);
        }
    }

    public static Font regular(float size) {
        return new Font(FormFonts.REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(FormFonts.BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(FormFonts.ITALIC, size);
    }

    /** Text in NFC: a decomposed letter would otherwise print as a base glyph plus a loose accent. */
    public static Phrase text(String text, Font font) {
        return new Phrase(text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC), font);
    }

    /** A paragraph of a label followed by its value in bold, as the forms print "Địa chỉ: …". */
    public static Paragraph field(String label, String value) {
        Paragraph line = new Paragraph();
        // else spacing set on the line is written in OpenPDF's fallback font, which is not embedded
        line.setFont(regular(BODY_SIZE));
        line.setLeading(BODY_SIZE * 1.3f);
        line.add(text(label + ": ", regular(BODY_SIZE)));
        line.add(text(value, bold(BODY_SIZE)));
        return line;
    }

    /** A justified paragraph of body text. */
    public static Paragraph sentence(String text) {
        Paragraph sentence = new Paragraph(text(text, regular(BODY_SIZE)));
        sentence.setLeading(BODY_SIZE * 1.3f);
        sentence.setAlignment(Element.ALIGN_JUSTIFIED);
        sentence.setSpacingBefore(3);
        return sentence;
    }

    /** "1. …" with the wrapped lines hanging under the text, not under the number. */
    public static Paragraph numbered(int number, String text) {
        Paragraph line = sentence(number + ". " + text);
        line.setIndentationLeft(18);
        line.setFirstLineIndent(-18);
        return line;
    }

    public static String upperCase(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(VIETNAMESE);
    }

    /**
     * "Gia Lai, ngày 02 tháng 3 năm 2026": Decree 30/2020/NĐ-CP puts a 0 before days under 10 and
     * before months 1 and 2 only.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(), month, date.getYear());
    }

    /**
     * The header of every form: the issuing body on the left (its parent above it, the number below),
     * the national name and motto on the right, each underlined by a short rule, the place and date
     * under the motto. Forms without a number (04–06) or a date (06) pass null and leave the line out.
     */
    public static PdfPTable nationalHeader(String parentAgency, String agency, String number, String placeAndDate) {
        PdfPTable header = FormTable.table(new float[] {45, 55});
        PdfPCell issuer = FormTable.cell(Element.ALIGN_CENTER);
        issuer.addElement(centred(text(upperCase(parentAgency), regular(HEADER_SIZE))));
        issuer.addElement(centred(text(upperCase(agency), bold(HEADER_SIZE))));
        issuer.addElement(rule(35));
        if (number != null) {
            issuer.addElement(centred(text("Số: " + number, regular(BODY_SIZE))));
        }
        header.addCell(issuer);
        PdfPCell nation = FormTable.cell(Element.ALIGN_CENTER);
        nation.addElement(centred(text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold(HEADER_SIZE))));
        nation.addElement(centred(text("Độc lập - Tự do - Hạnh phúc", bold(BODY_SIZE))));
        nation.addElement(rule(50));
        if (placeAndDate != null) {
            nation.addElement(centred(text(placeAndDate, italic(BODY_SIZE))));
        }
        header.addCell(nation);
        return header;
    }

    /**
     * The top of every form: the header, the title in capitals and, where the form concerns one
     * dossier, "Mã hồ sơ: …" under it as forms 01 and 05 print it, so that every paper about a dossier
     * carries its code (Circular 01/2018/TT-VPCP Art. 19).
     */
    public static void opening(Document document, PdfPTable header, String title, String dossierCode) {
        add(document, header);
        Paragraph heading = centred(text(title, bold(TITLE_SIZE)));
        heading.setSpacingBefore(18);
        add(document, heading);
        if (dossierCode != null) {
            add(document, centred(text("Mã hồ sơ: " + dossierCode, bold(BODY_SIZE))));
        }
    }

    /**
     * Side-by-side signature blocks: a title, "(Ký và ghi rõ họ tên)", room to sign, then the printed
     * name; a blank name leaves the line for the signer to write.
     */
    public static PdfPTable signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
        PdfPTable signatures = FormTable.table(new float[] {1, 1});
        signatures.addCell(signatureCell(leftTitle, leftName));
        signatures.addCell(signatureCell(rightTitle, rightName));
        signatures.setKeepTogether(true);
        return signatures;
    }

    /** One signature block on the right half, where forms 02–04 have their only signer. */
    public static PdfPTable signature(String title, String name) {
        PdfPTable signature = FormTable.table(new float[] {1, 1});
        signature.setSpacingBefore(12);
        signature.addCell(FormTable.cell(Element.ALIGN_CENTER));
        signature.addCell(signatureCell(title, name));
        signature.setKeepTogether(true);
        return signature;
    }

    public static Paragraph centred(Phrase phrase) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfPCell signatureCell(String title, String name) {
        PdfPCell block = FormTable.cell(Element.ALIGN_CENTER);
        block.addElement(centred(text(title, bold(BODY_SIZE))));
        block.addElement(centred(text("(Ký và ghi rõ họ tên)", italic(BODY_SIZE))));
        Paragraph room = new Paragraph(text(" ", regular(BODY_SIZE)));
        room.setSpacingBefore(30);
        block.addElement(room);
        block.addElement(centred(text(name, bold(BODY_SIZE))));
        return block;
    }

    private static Paragraph rule(float percentOfColumn) {
        Chunk line = new Chunk(new LineSeparator(0.6f, percentOfColumn, null, Element.ALIGN_CENTER, 0));
        // else the separator's placeholder character pulls in OpenPDF's fallback font
        line.setFont(regular(BODY_SIZE));
        Paragraph rule = new Paragraph(line);
        rule.setLeading(7);
        rule.setSpacingAfter(5);
        return rule;
    }
}

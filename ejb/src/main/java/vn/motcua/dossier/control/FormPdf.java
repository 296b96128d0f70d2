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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the printed forms of Circular 01/2018/TT-VPCP (appendix, forms 01–06) share: an A4 page laid
 * out as Decree 30/2020/NĐ-CP prescribes for administrative documents, its font, the two-column
 * header with the national motto, and the signature block.
 */
public final class FormPdf {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final float BODY_SIZE = 13;
    public static final float HEADER_SIZE = 12;
    public static final float TITLE_SIZE = 14;

    private FormPdf() {
    }

    /**
     * Lays the content out on A4 and returns the PDF, entirely in memory. Margins are those of
     * Decree 30/2020/NĐ-CP: 20 mm top and bottom, 30 mm left (for binding), 15 mm right.
     */
    public static byte[] render(Consumer<Document> content) {
        Document document = new Document(PageSize.A4, Utilities.millimetersToPoints(30),
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
        return new Font(Fonts.REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(Fonts.BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(Fonts.ITALIC, size);
    }

    /** Text in NFC: a decomposed letter would otherwise print as a base glyph plus a loose accent. */
    public static Phrase text(String text, Font font) {
        return new Phrase(text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC), font);
    }

    /** A paragraph of a bold label followed by its value, as the forms print "Địa chỉ: …". */
    public static Paragraph field(String label, String value) {
        Paragraph line = new Paragraph();
        line.setLeading(BODY_SIZE * 1.3f);
        line.add(text(label + ": ", regular(BODY_SIZE)));
        line.add(text(value, bold(BODY_SIZE)));
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
     * under the motto.
     */
    public static PdfPTable nationalHeader(String parentAgency, String agency, String number, String placeAndDate) {
        PdfPTable header = table(new float[] {45, 55});
        PdfPCell issuer = cell(Element.ALIGN_CENTER);
        issuer.addElement(centred(text(upperCase(parentAgency), regular(HEADER_SIZE))));
        issuer.addElement(centred(text(upperCase(agency), bold(HEADER_SIZE))));
        issuer.addElement(rule(35));
        issuer.addElement(centred(text("Số: " + number, regular(BODY_SIZE))));
        header.addCell(issuer);
        PdfPCell nation = cell(Element.ALIGN_CENTER);
        nation.addElement(centred(text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold(HEADER_SIZE))));
        nation.addElement(centred(text("Độc lập - Tự do - Hạnh phúc", bold(BODY_SIZE))));
        nation.addElement(rule(50));
        nation.addElement(centred(text(placeAndDate, italic(BODY_SIZE))));
        header.addCell(nation);
        return header;
    }

    /**
     * Side-by-side signature blocks: a title, "(Ký và ghi rõ họ tên)", room to sign, then the printed
     * name; a blank name leaves the line for the signer to write.
     */
    public static PdfPTable signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
        PdfPTable signatures = table(new float[] {1, 1});
        signatures.addCell(signature(leftTitle, leftName));
        signatures.addCell(signature(rightTitle, rightName));
        signatures.setKeepTogether(true);
        return signatures;
    }

    public static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    public static PdfPCell cell(int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    public static Paragraph centred(Phrase phrase) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfPCell signature(String title, String name) {
        PdfPCell block = cell(Element.ALIGN_CENTER);
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

    /**
     * Liberation Serif has the metrics of Times New Roman, the font Decree 30/2020/NĐ-CP requires, and
     * covers every Vietnamese letter; it is embedded (IDENTITY_H) so the form prints the same on a
     * computer without it. Loaded once: a BaseFont is read-only and shared by every document.
     */
    private static final class Fonts {
        static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
        static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = FormPdf.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + file + " is missing; openpdf-fonts-extra ships it");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

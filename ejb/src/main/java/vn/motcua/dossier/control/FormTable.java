package vn.motcua.dossier.control;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;

import static vn.motcua.dossier.control.FormPdf.bold;
import static vn.motcua.dossier.control.FormPdf.regular;
import static vn.motcua.dossier.control.FormPdf.text;

/**
 * The tables of the forms: borderless ones that set the header and the signatures side by side, and
 * the ruled tables of forms 01, 05 and 06, whose heading rows repeat when a table runs onto the next page.
 */
public final class FormTable {

    private FormTable() {
    }

    /** A borderless table across the full width. */
    public static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    /** A borderless cell without side padding, so its text lines up with the page's margins. */
    public static PdfPCell cell(int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    /** A ruled table across the full width whose first {@code headerRows} rows repeat on every page. */
    public static PdfPTable ruled(float[] widths, int headerRows) {
        PdfPTable table = table(widths);
        table.setHeaderRows(headerRows);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        return table;
    }

    /**
     * Sets the lines of every cell a quarter apart, so that the stacked marks of Vietnamese capitals do
     * not touch the line above; for tables whose cells run to several lines (forms 05 and 06). Form 01
     * keeps single spacing, which lets the receipt fit one page.
     */
    public static void spaceLines(PdfPTable table) {
        for (PdfPRow row : table.getRows()) {
            for (PdfPCell cell : row.getCells()) {
                if (cell != null) {
                    cell.setLeading(0, 1.25f);
                }
            }
        }
    }

    /** A bold, centred heading cell of a ruled table. */
    public static PdfPCell heading(String heading, float size) {
        return bordered(text(heading, bold(size)), Element.ALIGN_CENTER);
    }

    /** A cell of plain text in a ruled table; null prints as an empty cell. */
    public static PdfPCell value(String value, float size, int alignment) {
        return bordered(text(value, regular(size)), alignment);
    }

    public static PdfPCell bordered(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOX);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        return cell;
    }
}

package vn.motcua.statistics.control;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.motcua.dossier.control.FormPdf;
import vn.motcua.dossier.control.FormTable;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;

import java.text.NumberFormat;
import java.time.LocalDate;

/**
 * Report II.06a as the printed form on A4 landscape, in the embedded Liberation Serif the other forms
 * use (Times New Roman's metrics, every Vietnamese letter): header, title, period, the table with its
 * numbered columns, the totals row and the two signatures.
 */
public final class Ii06aPdf {

    private static final float SIZE = 10;
    private static final float[] WIDTHS = {5.5f, 22.5f, 7, 7, 8, 8, 7, 7, 7, 7, 7, 7, 7};

    private Ii06aPdf() {
    }

    public static byte[] render(Ii06aReportDto report, LocalDate today) {
        return FormPdf.render(PageSize.A4.rotate(), document -> {
            PdfPTable header = FormPdf.nationalHeader("", report.reportingAgency(), null,
                    FormPdf.placeAndDate("", today).substring(2));
            FormPdf.add(document, FormPdf.centred(FormPdf.text(Ii06aLayout.FORM, FormPdf.italic(SIZE))));
            FormPdf.opening(document, header, Ii06aLayout.TITLE, null);
            FormPdf.add(document, FormPdf.centred(FormPdf.text("Kỳ báo cáo: " + report.period().label(),
                    FormPdf.italic(FormPdf.BODY_SIZE))));
            FormPdf.add(document, FormPdf.field("Đơn vị báo cáo", report.reportingAgency()));
            FormPdf.add(document, FormPdf.field("Đơn vị nhận báo cáo", report.receivingAgency()));
            FormPdf.add(document, table(report));
            FormPdf.add(document, FormPdf.signatures("NGƯỜI LẬP BIỂU", "", "THỦ TRƯỞNG ĐƠN VỊ", ""));
        });
    }

    private static PdfPTable table(Ii06aReportDto report) {
        PdfPTable table = FormTable.ruled(WIDTHS, 3);
        for (Ii06aLayout.Group group : Ii06aLayout.GROUPS) {
            PdfPCell cell = FormTable.heading(group.text(), SIZE);
            cell.setColspan(group.span());
            if (group.span() == 1) {
                cell.setRowspan(2);
            }
            table.addCell(cell);
        }
        for (int c = 2; c < Ii06aLayout.COLUMNS; c++) {
            table.addCell(FormTable.heading(Ii06aLayout.HEADINGS.get(c), SIZE));
        }
        for (int c = 1; c <= Ii06aLayout.COLUMNS; c++) {
            table.addCell(FormTable.value("(" + c + ")", SIZE, Element.ALIGN_CENTER));
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(FormPdf.VIETNAMESE);
        for (Ii06aRowDto row : report.rows()) {
            line(table, String.valueOf(row.number()), row, numbers, false);
        }
        line(table, "", report.total(), numbers, true);
        FormTable.spaceLines(table);
        return table;
    }

    private static void line(PdfPTable table, String number, Ii06aRowDto row, NumberFormat numbers, boolean bold) {
        table.addCell(cell(number, Element.ALIGN_CENTER, bold));
        table.addCell(cell(row.fieldName(), Element.ALIGN_LEFT, bold));
        for (long figure : row.figures()) {
            table.addCell(cell(numbers.format(figure), Element.ALIGN_RIGHT, bold));
        }
    }

    private static PdfPCell cell(String text, int alignment, boolean bold) {
        return bold ? FormTable.bordered(FormPdf.text(text, FormPdf.bold(SIZE)), alignment)
                : FormTable.value(text, SIZE, alignment);
    }
}

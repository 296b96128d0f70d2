package vn.motcua.statistics.control;

import org.apache.poi.ss.util.WorkbookUtil;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Report II.06a as a spreadsheet in the official layout: form number, reporting and receiving agency,
 * title and period, the two heading rows and the column numbers (1)…(13), a row per field, the totals
 * row. Several reports (the province's batch) become one sheet each. Written with FastExcel, which
 * streams each sheet's XML: POI, even its streaming SXSSFWorkbook, builds an object tree per sheet and
 * package part, and cost the provincial job's 33 sheets about ten times the CPU.
 */
public final class Ii06aWorkbook {

    /** The row of the first heading; the form's header stands above it. */
    static final int HEADING_ROW = 5;
    private static final int[] WIDTHS = {6, 36, 10, 10, 12, 12, 10, 10, 10, 10, 10, 10, 10};
    private static final double HEADING_HEIGHT = 45;
    private static final String THIN = "thin";
    private static final String THOUSANDS = "#,##0";

    private Ii06aWorkbook() {
    }

    public static byte[] write(Ii06aReportDto report) {
        return write(List.of(report));
    }

    public static byte[] write(List<Ii06aReportDto> reports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384 + 4_096 * reports.size());
        try (Workbook book = new Workbook(bytes, "MotCua", "1.0")) {
            Set<String> names = new HashSet<>();
            for (Ii06aReportDto report : reports) {
                String name = WorkbookUtil.createSafeSheetName(report.agencyCode() == null ? "II.06a" : report.agencyCode());
                while (!names.add(name)) {
                    name = name + "'";
                }
                sheet(book.newWorksheet(name), report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sheet(Worksheet sheet, Ii06aReportDto report) throws IOException {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        bold(sheet, 0, Ii06aLayout.FORM);
        sheet.value(1, 0, "Đơn vị báo cáo: " + report.reportingAgency());
        sheet.value(2, 0, "Đơn vị nhận báo cáo: " + report.receivingAgency());
        bold(sheet, 3, Ii06aLayout.TITLE);
        sheet.value(4, 0, "Kỳ báo cáo: " + report.period().label());
        for (int c = 0; c < Ii06aLayout.COLUMNS; c++) {
            heading(sheet, HEADING_ROW, c, null);
            heading(sheet, HEADING_ROW + 1, c, Ii06aLayout.HEADINGS.get(c));
            heading(sheet, HEADING_ROW + 2, c, "(" + (c + 1) + ")");
        }
        for (Ii06aLayout.Group group : Ii06aLayout.GROUPS) {
            sheet.value(HEADING_ROW, group.first(), group.text());
            int lastRow = group.span() == 1 ? HEADING_ROW + 1 : HEADING_ROW;
            sheet.range(HEADING_ROW, group.first(), lastRow, group.first() + group.span() - 1).merge();
        }
        sheet.rowHeight(HEADING_ROW + 1, HEADING_HEIGHT);
        int at = HEADING_ROW + 3;
        for (Ii06aRowDto row : report.rows()) {
            line(sheet, at++, String.valueOf(row.number()), row, false);
        }
        line(sheet, at, "", report.total(), true);
        sheet.freezePane(2, HEADING_ROW + 3);
        sheet.finish();
    }

    private static void bold(Worksheet sheet, int row, String text) {
        sheet.value(row, 0, text);
        sheet.style(row, 0).bold().set();
    }

    private static void heading(Worksheet sheet, int row, int column, String text) {
        if (text != null) {
            sheet.value(row, column, text);
        }
        sheet.style(row, column).bold().borderStyle(THIN).horizontalAlignment("center").verticalAlignment("center")
                .wrapText(true).set();
    }

    /** A field's row, or the totals row (bold, as the headings). */
    private static void line(Worksheet sheet, int at, String number, Ii06aRowDto row, boolean total) {
        sheet.value(at, 0, number);
        sheet.value(at, 1, row.fieldName());
        for (int c = 0; c < 2; c++) {
            if (total) {
                heading(sheet, at, c, null);
            } else {
                sheet.style(at, c).borderStyle(THIN).verticalAlignment("center").wrapText(true).set();
            }
        }
        long[] figures = row.figures();
        for (int i = 0; i < figures.length; i++) {
            sheet.value(at, 2 + i, figures[i]);
            var style = sheet.style(at, 2 + i).borderStyle(THIN).verticalAlignment("center").format(THOUSANDS);
            (total ? style.bold() : style).set();
        }
    }
}

package vn.motcua.statistics.control;

import org.apache.poi.ss.util.WorkbookUtil;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;
import vn.motcua.statistics.control.ReportSpreadsheet.Style;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Report II.06a as a spreadsheet in the official layout: form number, reporting and receiving agency,
 * title and period, the two heading rows and the column numbers (1)…(13), a row per field, the totals
 * row. Several reports (the province's batch) become one sheet each.
 */
public final class Ii06aWorkbook {

    /** The row of the first heading; the form's header stands above it. */
    static final int HEADING_ROW = 5;
    private static final int[] WIDTHS = {6, 36, 10, 10, 12, 12, 10, 10, 10, 10, 10, 10, 10};
    private static final double HEADING_HEIGHT = 45;

    private Ii06aWorkbook() {
    }

    public static byte[] write(Ii06aReportDto report) {
        return write(List.of(report));
    }

    public static byte[] write(List<Ii06aReportDto> reports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384 + 4_096 * reports.size());
        try (ReportSpreadsheet book = new ReportSpreadsheet(bytes)) {
            Set<String> names = new HashSet<>();
            for (Ii06aReportDto report : reports) {
                String name = WorkbookUtil.createSafeSheetName(report.agencyCode() == null ? "II.06a" : report.agencyCode());
                while (!names.add(name)) {
                    name = name + "'";
                }
                book.add(name, WIDTHS, 2, HEADING_ROW + 3, sheet(report));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ReportSpreadsheet.Sheet sheet(Ii06aReportDto report) {
        ReportSpreadsheet.Sheet sheet = new ReportSpreadsheet.Sheet();
        sheet.row(0, 0).text(0, Ii06aLayout.FORM, Style.BOLD);
        sheet.row(1, 0).text(0, "Đơn vị báo cáo: " + report.reportingAgency(), Style.PLAIN);
        sheet.row(2, 0).text(0, "Đơn vị nhận báo cáo: " + report.receivingAgency(), Style.PLAIN);
        sheet.row(3, 0).text(0, Ii06aLayout.TITLE, Style.BOLD);
        sheet.row(4, 0).text(0, "Kỳ báo cáo: " + report.period().label(), Style.PLAIN);
        sheet.row(HEADING_ROW, 0);
        int next = 0;
        for (Ii06aLayout.Group group : Ii06aLayout.GROUPS) {
            for (; next < group.first(); next++) {
                sheet.blank(next, Style.HEADING);
            }
            sheet.text(next++, group.text(), Style.HEADING);
        }
        for (; next < Ii06aLayout.COLUMNS; next++) {
            sheet.blank(next, Style.HEADING);
        }
        sheet.row(HEADING_ROW + 1, HEADING_HEIGHT);
        for (int c = 0; c < Ii06aLayout.COLUMNS; c++) {
            sheet.text(c, Ii06aLayout.HEADINGS.get(c), Style.HEADING);
        }
        sheet.row(HEADING_ROW + 2, 0);
        for (int c = 0; c < Ii06aLayout.COLUMNS; c++) {
            sheet.text(c, "(" + (c + 1) + ")", Style.HEADING);
        }
        int at = HEADING_ROW + 3;
        for (Ii06aRowDto row : report.rows()) {
            line(sheet.row(at++, 0), String.valueOf(row.number()), row, Style.CELL, Style.NUMBER);
        }
        line(sheet.row(at, 0), "", report.total(), Style.HEADING, Style.TOTAL_NUMBER);
        for (Ii06aLayout.Group group : Ii06aLayout.GROUPS) {
            int lastRow = group.span() == 1 ? HEADING_ROW + 1 : HEADING_ROW;
            sheet.merge(HEADING_ROW, lastRow, group.first(), group.first() + group.span() - 1);
        }
        return sheet;
    }

    private static void line(ReportSpreadsheet.Sheet sheet, String number, Ii06aRowDto row, Style text, Style figure) {
        sheet.text(0, number, text).text(1, row.fieldName(), text);
        long[] figures = row.figures();
        for (int i = 0; i < figures.length; i++) {
            sheet.number(2 + i, figures[i], figure);
        }
    }
}

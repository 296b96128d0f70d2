package vn.motcua.statistics.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * row. Several reports (the province's batch) become one sheet each.
 */
public final class Ii06aWorkbook {

    /** The row of the first heading; the form's header stands above it. */
    static final int HEADING_ROW = 5;
    private static final int[] WIDTHS = {6, 36, 10, 10, 12, 12, 10, 10, 10, 10, 10, 10, 10};

    private Ii06aWorkbook() {
    }

    public static byte[] write(Ii06aReportDto report) {
        return write(List.of(report));
    }

    public static byte[] write(List<Ii06aReportDto> reports) {
        // streamed: the province's workbook has a sheet per agency, and the in-memory model writes it slowly
        try (SXSSFWorkbook book = new SXSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (Ii06aReportDto report : reports) {
                String name = WorkbookUtil.createSafeSheetName(report.agencyCode() == null ? "II.06a" : report.agencyCode());
                while (!names.add(name)) {
                    name = name + "'";
                }
                sheet(book.createSheet(name), report, styles);
            }
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Ii06aReportDto report, Styles styles) {
        text(sheet, 0, 0, Ii06aLayout.FORM, styles.bold);
        text(sheet, 1, 0, "Đơn vị báo cáo: " + report.reportingAgency(), styles.plain);
        text(sheet, 2, 0, "Đơn vị nhận báo cáo: " + report.receivingAgency(), styles.plain);
        text(sheet, 3, 0, Ii06aLayout.TITLE, styles.bold);
        text(sheet, 4, 0, "Kỳ báo cáo: " + report.period().label(), styles.plain);
        Row groups = sheet.createRow(HEADING_ROW);
        Row headings = sheet.createRow(HEADING_ROW + 1);
        Row numbers = sheet.createRow(HEADING_ROW + 2);
        for (int c = 0; c < Ii06aLayout.COLUMNS; c++) {
            groups.createCell(c).setCellStyle(styles.heading);
            headings.createCell(c).setCellValue(Ii06aLayout.HEADINGS.get(c));
            headings.getCell(c).setCellStyle(styles.heading);
            numbers.createCell(c).setCellValue("(" + (c + 1) + ")");
            numbers.getCell(c).setCellStyle(styles.heading);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        for (Ii06aLayout.Group group : Ii06aLayout.GROUPS) {
            groups.getCell(group.first()).setCellValue(group.text());
            int lastRow = group.span() == 1 ? HEADING_ROW + 1 : HEADING_ROW;
            sheet.addMergedRegion(new CellRangeAddress(HEADING_ROW, lastRow, group.first(), group.first() + group.span() - 1));
        }
        headings.setHeightInPoints(45);
        int at = HEADING_ROW + 3;
        for (Ii06aRowDto row : report.rows()) {
            line(sheet.createRow(at++), String.valueOf(row.number()), row, styles.cell, styles.number);
        }
        line(sheet.createRow(at), "", report.total(), styles.heading, styles.totalNumber);
        sheet.createFreezePane(2, HEADING_ROW + 3);
    }

    private static void line(Row line, String number, Ii06aRowDto row, CellStyle text, CellStyle figure) {
        line.createCell(0).setCellValue(number);
        line.getCell(0).setCellStyle(text);
        line.createCell(1).setCellValue(row.fieldName());
        line.getCell(1).setCellStyle(text);
        long[] figures = row.figures();
        for (int i = 0; i < figures.length; i++) {
            line.createCell(2 + i).setCellValue(figures[i]);
            line.getCell(2 + i).setCellStyle(figure);
        }
    }

    private static void text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        line.createCell(column).setCellValue(value);
        line.getCell(column).setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle heading;
        final CellStyle cell;
        final CellStyle number;
        final CellStyle totalNumber;

        Styles(Workbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            plain = book.createCellStyle();
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            heading = bordered(book);
            heading.setFont(boldFont);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setWrapText(true);
            cell = bordered(book);
            cell.setWrapText(true);
            number = bordered(book);
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            totalNumber = bordered(book);
            totalNumber.cloneStyleFrom(number);
            totalNumber.setFont(boldFont);
        }

        private static CellStyle bordered(Workbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}

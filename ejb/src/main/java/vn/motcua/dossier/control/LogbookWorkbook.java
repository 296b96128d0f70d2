package vn.motcua.dossier.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.dossier.boundary.LogbookDto;
import vn.motcua.dossier.boundary.LogbookEntryDto;
import vn.motcua.shared.boundary.Clocks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The logbook (form 06, appendix of Circular 01/2018/TT-VPCP) as a spreadsheet, for the office to
 * filter and count: the same columns as the printed form, address and phone apart, and times as real
 * dates in Vietnam's time so that they sort.
 */
public final class LogbookWorkbook {

    static final String SHEET = "Sổ theo dõi hồ sơ";
    /** The row of column headings; the title and the period stand above it. */
    static final int HEADING_ROW = 3;
    private static final List<String> HEADINGS = List.of("TT", "Mã hồ sơ", "Tên thủ tục hành chính",
            "Tên tổ chức, cá nhân", "Địa chỉ", "Số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ",
            "Hẹn trả kết quả", "Trả kết quả cho tổ chức, cá nhân", "Kết quả giải quyết", "Ghi chú");
    private static final int[] WIDTHS = {6, 22, 40, 24, 36, 14, 26, 17, 17, 17, 14, 24};

    private LogbookWorkbook() {
    }

    public static byte[] write(LogbookDto logbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle title = book.createCellStyle();
            title.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue("SỔ THEO DÕI HỒ SƠ – " + logbook.agencyName() + ", "
                    + logbook.parentAgencyName());
            sheet.getRow(0).getCell(0).setCellStyle(title);
            sheet.createRow(1).createCell(0).setCellValue("Từ ngày " + FormTimes.date(logbook.from())
                    + " đến ngày " + FormTimes.date(logbook.to()));
            headings(book, sheet, bold);
            CellStyle text = book.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle time = book.createCellStyle();
            time.cloneStyleFrom(text);
            time.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            for (LogbookEntryDto entry : logbook.entries()) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue(entry.entryNumber());
                Object[] values = {entry.dossierCode(), entry.procedureName(), entry.applicantName(), entry.address(),
                        entry.phone(), entry.handedToUnit(), entry.receivedAt(), entry.appointmentAt(),
                        entry.returnedAt(), entry.timeliness(), entry.note()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof Instant instant) {
                        cell(row, i + 1, time).setCellValue(LocalDateTime.ofInstant(instant, Clocks.VIETNAM));
                    } else if (values[i] instanceof String value) {
                        cell(row, i + 1, text).setCellValue(value);
                    }
                }
            }
            sheet.createFreezePane(0, HEADING_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADING_ROW, sheet.getLastRowNum(), 0, HEADINGS.size() - 1));
            sheet.getPrintSetup().setLandscape(true);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headings(XSSFWorkbook book, Sheet sheet, Font bold) {
        CellStyle heading = book.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setVerticalAlignment(VerticalAlignment.CENTER);
        heading.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row row = sheet.createRow(HEADING_ROW);
        for (int i = 0; i < HEADINGS.size(); i++) {
            cell(row, i, heading).setCellValue(HEADINGS.get(i));
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }
}

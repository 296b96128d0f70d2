package vn.motcua.dossier.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogbookWorkbookTest {

    @Test
    void writesOneRowPerEntryWithRealDates() throws IOException {
        byte[] xlsx = LogbookWorkbook.write(LogbookRendererTest.logbook());
        PrintedForms.save("06-logbook.xlsx", xlsx);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Sổ theo dõi hồ sơ");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("SỔ THEO DÕI HỒ SƠ"));
            assertEquals("Từ ngày 01/03/2026 đến ngày 31/03/2026", sheet.getRow(1).getCell(0).getStringCellValue());
            Row headings = sheet.getRow(LogbookWorkbook.HEADING_ROW);
            assertEquals("Mã hồ sơ", headings.getCell(1).getStringCellValue());
            assertEquals("Tên tổ chức, cá nhân", headings.getCell(3).getStringCellValue());
            assertEquals("Nhận hồ sơ", headings.getCell(7).getStringCellValue());
            assertEquals(LogbookWorkbook.HEADING_ROW + 2, sheet.getLastRowNum(), "two entries");

            Row first = sheet.getRow(LogbookWorkbook.HEADING_ROW + 1);
            assertEquals(1541, first.getCell(0).getNumericCellValue());
            assertEquals("H38.22-260302-0015", first.getCell(1).getStringCellValue());
            assertEquals("Nguyễn Thị Hồng", first.getCell(3).getStringCellValue());
            Cell received = first.getCell(7);
            assertEquals(CellType.NUMERIC, received.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(received), "a real date");
            assertEquals("dd/mm/yyyy hh:mm", received.getCellStyle().getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 3, 2, 14, 35), received.getLocalDateTimeCellValue());
            assertEquals(LocalDateTime.of(2026, 3, 5, 15, 10), first.getCell(9).getLocalDateTimeCellValue());
            assertEquals("Trước hạn", first.getCell(10).getStringCellValue());

            Row second = sheet.getRow(LogbookWorkbook.HEADING_ROW + 2);
            assertEquals("Rơ Mah Hiếu", second.getCell(3).getStringCellValue());
            assertNull(second.getCell(5), "no phone");
            assertNull(second.getCell(9), "not yet returned");
            assertEquals("Nộp trực tuyến", second.getCell(11).getStringCellValue());
        }
    }
}

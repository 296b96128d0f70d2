package vn.motcua.statistics.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.entity.InMemoryDatabase;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.ReportPeriod;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.statistics.control.StatisticsFixture.APRIL;
import static vn.motcua.statistics.control.StatisticsFixture.MARCH;

/** The II.06a spreadsheet and PDF of March in the district, and the 766 measures read from the data. */
class ReportFilesTest {

    private static InMemoryDatabase database;
    private static Ii06aReportDto march;

    @BeforeAll
    static void load() {
        database = StatisticsFixture.load();
        march = database.inTransaction(em -> Ii06aReportDto.of(ReportPeriod.month(YearMonth.of(2026, 3)),
                "000.00.19.H21", "Ủy ban nhân dân huyện Chư Sê", "Ủy ban nhân dân tỉnh Gia Lai",
                new Ii06aQuery(em, new ReportingAgencies(em).subtree(StatisticsFixture.agency(em, "000.00.19.H21")))
                        .byField(MARCH, APRIL, APRIL)));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theWorkbookHasTheOfficialHeadingsAndTheTotalsRow() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Ii06aWorkbook.write(march)))) {
            Sheet sheet = book.getSheet("000.00.19.H21");
            assertEquals("Biểu số II.06a/VPCP/KSTT", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Kỳ báo cáo: Từ ngày 01/03/2026 đến ngày 31/03/2026", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Số hồ sơ nhận giải quyết", sheet.getRow(Ii06aWorkbook.HEADING_ROW).getCell(2).getStringCellValue());
            assertEquals("(13)", sheet.getRow(Ii06aWorkbook.HEADING_ROW + 2).getCell(12).getStringCellValue());
            int totals = Ii06aWorkbook.HEADING_ROW + 3 + march.rows().size();
            assertEquals("Tổng cộng", sheet.getRow(totals).getCell(1).getStringCellValue());
            assertEquals(10, sheet.getRow(totals).getCell(2).getNumericCellValue());
            assertEquals(4, sheet.getRow(totals).getCell(12).getNumericCellValue() + 2);
        }
    }

    @Test
    void theWorkbookKeepsTheLayoutMergedHeadingsFrozenPanesAndStyles() throws IOException {
        Ii06aReportDto other = new Ii06aReportDto(march.period(), "000.00.19.H21", "A & B <xã>", "UBND",
                march.rows(), march.total());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Ii06aWorkbook.write(List.of(march, other))))) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals("000.00.19.H21'", book.getSheetName(1), "sheet names stay unique");
            assertEquals("Đơn vị báo cáo: A & B <xã>", book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
            Sheet sheet = book.getSheetAt(0);
            assertEquals(5, sheet.getNumMergedRegions());
            var merged = sheet.getMergedRegions().stream().map(r -> r.formatAsString()).toList();
            assertTrue(merged.contains("A6:A7") && merged.contains("C6:F6"), merged.toString());
            assertEquals(2, sheet.getPaneInformation().getVerticalSplitLeftColumn());
            assertEquals(Ii06aWorkbook.HEADING_ROW + 3, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(36 * 256, sheet.getColumnWidth(1));
            assertEquals(45, sheet.getRow(Ii06aWorkbook.HEADING_ROW + 1).getHeightInPoints());
            var heading = sheet.getRow(Ii06aWorkbook.HEADING_ROW + 1).getCell(3).getCellStyle();
            assertTrue(book.getFontAt(heading.getFontIndex()).getBold());
            assertEquals(HorizontalAlignment.CENTER, heading.getAlignment());
            assertEquals(BorderStyle.THIN, heading.getBorderLeft());
            assertTrue(heading.getWrapText());
            var figure = sheet.getRow(Ii06aWorkbook.HEADING_ROW + 3).getCell(2).getCellStyle();
            assertEquals("#,##0", figure.getDataFormatString());
            assertEquals(BorderStyle.THIN, figure.getBorderBottom());
            int totals = Ii06aWorkbook.HEADING_ROW + 3 + march.rows().size();
            var total = sheet.getRow(totals).getCell(2).getCellStyle();
            assertEquals("#,##0", total.getDataFormatString());
            assertTrue(book.getFontAt(total.getFontIndex()).getBold());
            assertEquals(CellType.NUMERIC, sheet.getRow(totals).getCell(12).getCellType());
        }
    }

    @Test
    void thePdfIsAPdf() {
        byte[] pdf = Ii06aPdf.render(march, LocalDate.of(2026, 4, 2));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(pdf.length > 10_000, "the font is embedded");
    }

    @Test
    void the766MeasuresCountProcessingTimeDigitizationAndRatings() {
        Map<String, Long> m = database.inTransaction(em -> new Measures766(em, new ReportingAgencies(em)
                .subtree(StatisticsFixture.agency(em, "000.00.19.H21"))).measure(march.total(), MARCH, APRIL));
        // D1–D4 returned in March: 4d9h + 8d2h + 17d2h + 12d2h
        assertEquals(4, m.get("processedDossiers"));
        assertEquals(41 * 86_400L + 15 * 3_600L, m.get("processingSeconds"));
        assertEquals(0, m.get("digitized"));
        assertEquals(0, m.get("ratingMax"));
        assertEquals(10, m.get("received"));
        assertEquals(List.of(), database.inTransaction(em -> new StepFigures(em, List.of(1L), MARCH, APRIL).byOfficer()));
    }
}

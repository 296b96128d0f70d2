package vn.motcua.statistics.control;

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

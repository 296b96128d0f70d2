package vn.motcua.catalog.control;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.boundary.CatalogFileFormat;
import vn.motcua.catalog.boundary.CatalogProblemDto;
import vn.motcua.catalog.boundary.ReleaseDto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.catalog.control.CatalogFixtures.hasProblem;

class XlsxReleaseTest {

    private static byte[] demoWorkbook() {
        return ReleaseFiles.write(CatalogFixtures.demo(), CatalogFileFormat.XLSX);
    }

    private static byte[] edited(Consumer<Workbook> edit) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(demoWorkbook()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExportedReleaseImportsUnchangedInBothFormats() {
        ReleaseDto demo = CatalogFixtures.demo();
        ReleaseImport.Checked fromXlsx = CatalogFixtures.check("bo-thu-tuc.xlsx", demoWorkbook());
        assertTrue(fromXlsx.accepted(), fromXlsx.problems()::toString);
        assertEquals(demo, fromXlsx.release());
        ReleaseImport.Checked fromJson = CatalogFixtures.check("bo-thu-tuc.json",
                ReleaseFiles.write(fromXlsx.release(), CatalogFileFormat.JSON));
        assertEquals(demo, fromJson.release());
    }

    @Test
    void theEmptyTemplateHasEverySheetAndColumn() {
        byte[] template = ReleaseFiles.write(new ReleaseDto(null, null, null, null, List.of()), CatalogFileFormat.XLSX);
        List<CatalogProblemDto> problems = CatalogFixtures.check("mau.xlsx", template).problems();
        assertTrue(problems.stream().noneMatch(p -> p.messageKey().startsWith("catalog.file.")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.column().equals("procedures")));
        assertTrue(problems.contains(new CatalogProblemDto("Quyết định công bố", 2, "B (Giá trị)",
                "catalog.value.required", List.of())), problems::toString);
    }

    @Test
    void problemsNameTheSheetRowAndColumn() throws IOException {
        byte[] file = edited(workbook -> {
            Row second = workbook.getSheet("Thủ tục").getRow(2);
            second.getCell(10).setCellValue("mười lăm ngày");
            second.getCell(2).setCellValue("KHONG_CO");
            workbook.getSheet("Thành phần hồ sơ").getRow(3).getCell(0).setCellValue("9.999999");
            workbook.getSheet("Quy trình").getRow(2).getCell(5).setCellValue(99);
        });
        List<CatalogProblemDto> problems = CatalogFixtures.check("bo-thu-tuc.xlsx", file).problems();
        assertTrue(problems.contains(new CatalogProblemDto("Thủ tục", 3, "K (Thời hạn giải quyết)",
                "catalog.term.invalid", List.of("mười lăm ngày"))), problems::toString);
        assertTrue(problems.contains(new CatalogProblemDto("Thủ tục", 3, "C (Mã lĩnh vực)",
                "catalog.field.unknown", List.of("KHONG_CO"))));
        assertTrue(problems.contains(new CatalogProblemDto("Thành phần hồ sơ", 4, "A (Mã thủ tục)",
                "catalog.procedure.orphanRow", List.of("9.999999", "Thủ tục"))));
        assertTrue(problems.stream().anyMatch(p -> p.messageKey().equals("catalog.workflow.overBudget")
                && p.sheet().equals("Thủ tục") && p.row() == 2 && p.column().equals("(Quy trình)")), problems::toString);
        assertTrue(hasProblem(problems, "catalog.workflow.overBudget", 2, "N (Trực tiếp: thời hạn)"));
        assertTrue(hasProblem(problems, "catalog.value.sequence", 5, "B (STT)"));
    }

    @Test
    void readsNumbersAndTermsAsPeopleTypeThem() throws IOException {
        byte[] file = edited(workbook -> {
            Sheet steps = workbook.getSheet("Quy trình");
            steps.getRow(1).getCell(5).setCellValue("0,25");
            Row first = workbook.getSheet("Thủ tục").getRow(1);
            first.getCell(10).setCellValue("trong ngay (truoc 15h00)");
            first.getCell(12).setCellValue("80.000 đồng");
        });
        ReleaseImport.Checked checked = CatalogFixtures.check("bo-thu-tuc.xlsx", file);
        assertTrue(checked.accepted(), checked.problems()::toString);
        assertEquals(CatalogFixtures.demo(), checked.release());
    }

    @Test
    void aBrokenOrForeignWorkbookIsRefusedWhole() throws IOException {
        byte[] whole = demoWorkbook();
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertEquals(List.of("catalog.file.unreadableSpreadsheet"), keys(CatalogFixtures.check("a.xlsx", truncated)));
        byte[] notZip = "PK\u0003\u0004 không phải tệp Excel".getBytes();
        assertEquals(List.of("catalog.file.unreadableSpreadsheet"), keys(CatalogFixtures.check("a.xlsx", notZip)));
        byte[] otherSheets;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
            otherSheets = out.toByteArray();
        }
        assertEquals(4, keys(CatalogFixtures.check("a.xlsx", otherSheets)).stream()
                .filter("catalog.file.missingSheet"::equals).count());
        byte[] renamedColumn = edited(workbook -> workbook.getSheet("Quy trình").getRow(0).getCell(5)
                .setCellValue("Số ngày"));
        assertFalse(CatalogFixtures.check("a.xlsx", renamedColumn).accepted());
        assertTrue(hasProblem(CatalogFixtures.check("a.xlsx", renamedColumn).problems(), "catalog.file.missingColumn", 1,
                "Thời gian (ngày làm việc)"));
    }

    private static List<String> keys(ReleaseImport.Checked checked) {
        return checked.problems().stream().map(CatalogProblemDto::messageKey).toList();
    }
}

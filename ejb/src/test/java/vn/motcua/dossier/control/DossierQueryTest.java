package vn.motcua.dossier.control;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.boundary.DossierCriteriaDto;
import vn.motcua.dossier.boundary.DossierSummaryDto;
import vn.motcua.dossier.boundary.PageDto;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The staff search on the real mappings and migrations, over the dossiers of {@link DirectionFixture}. */
class DossierQueryTest {

    private static final String D1 = "000.01.19.H21-260302-0001";
    private static final String D2 = "000.01.19.H21-260310-0002";
    private static final String D3 = "000.01.19.H21-260304-0003";
    private static final String D4 = "000.01.19.H21-251215-0004";
    private static final String D5 = "000.01.19.H21-260313-0005";
    private static final String D6 = "000.01.20.H21-260311-0006";
    private static final String D7 = "000.01.19.H21-260316-0007";
    private static final String D8 = "000.01.19.H21-260120-0008";
    private static final String D9 = "000.01.19.H21-260312-0009";

    private static InMemoryDatabase database;

    @BeforeAll
    static void load() {
        database = DirectionFixture.load();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void namesAreFoundWithoutAccentsFromAnyOfTheirWordsOn() {
        assertEquals(List.of(D2, D1), codes("tiepnhan", text("nguyen thi hong")));
        assertEquals(List.of(D2, D1), codes("tiepnhan", text("  NGUYỄN thị   Hồng ")));
        assertEquals(List.of(D2, D1), codes("tiepnhan", text("nguyen thi h")));
        assertEquals(List.of(D9, D2, D1, D4), codes("tiepnhan", text("thi hong")));
        assertEquals(List.of(D2), codes("tiepnhan", text("hong nhung")));
        assertEquals(List.of(D9), codes("tiepnhan", text("hong h")));
        assertEquals(List.of(D5, D9, D2, D1, D4), codes("tiepnhan", text("hong")));
        assertEquals(List.of(D8), codes("tiepnhan", text("Đỗ")));
        assertEquals(List.of(), codes("tiepnhan", text("ong")));
        assertEquals(List.of(), codes("tiepnhan", text("nguyen nhung")));
    }

    @Test
    void codesAreFoundWholeByTheirDayAndNumberOrByTheirStart() {
        assertEquals(List.of(D1), codes("tiepnhan", text(D1)));
        assertEquals(List.of(D1), codes("tiepnhan", text(" 260302-0001 ")));
        assertEquals(List.of(D3), codes("tiepnhan", text("000.01.19.h21-260304")));
        assertEquals(List.of(D5), codes("tiepnhan", text("260313")));
        assertEquals(8, search("tiepnhan", text("000.01.19.H21"), 0, 20, null, false).total());
        assertEquals(List.of(), codes("tiepnhan", text("260302-0002")));
    }

    @Test
    void identityNumberAndPhoneMatchExactly() {
        assertEquals(List.of(D3), codes("lanhdao", criteria(null, "064085000003", null, null, null, null, null)));
        assertEquals(List.of(D5, D1), codes("lanhdao", criteria(null, null, "0905000001", null, null, null, null)));
        assertEquals(List.of(), codes("lanhdao", criteria(null, "06408500000", null, null, null, null, null)));
    }

    @Test
    void statusProcedureFieldAgencyAndPeriodNarrowTheList() {
        assertEquals(List.of(D9, D2, D3, D8),
                codes("lanhdao", criteria(null, null, null, null, null, DossierStatus.IN_PROGRESS, null)));
        assertEquals(List.of(D1), codes("lanhdao", criteria(null, null, null, "1.000948.H21", null, null, null)));
        assertEquals(List.of(D7, D9, D2, D1, D8), codes("lanhdao", criteria(null, null, null, null, "DAT_DAI", null, null)));
        assertEquals(List.of(D9, D2, D8), codes("lanhdao", criteria(null, null, null, null, "DAT_DAI",
                DossierStatus.IN_PROGRESS, null)));
        assertEquals(List.of(), codes("lanhdao", criteria(null, null, null, "1.000948.H21", "HO_TICH", null, null)));
        assertEquals(List.of(D3), codes("lanhdao", criteria(null, null, null, null, null, null, "000.06.19.H21")));
        assertEquals(List.of(D9, D2, D1), codes("lanhdao", criteria(null, null, null, null, null, null, "000.03.19.H21")));
        assertEquals(List.of(D9, D2, D1), codes("lanhdao", criteria("hong", null, null, null, null, null, "000.03.19.H21")));
        assertEquals(List.of(D8), codes("lanhdao", criteria("quan", null, null, null, null, null, "000.02.19.H21")));
        assertEquals(List.of(), codes("lanhdao", criteria(null, null, null, "9.999999.H21", null, null, null)));
        DossierCriteriaDto march = new DossierCriteriaDto(null, null, null, null, null, null, null,
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13));
        assertEquals(List.of(D5, D9, D2), codes("lanhdao", march));
    }

    @Test
    void pagesAreCutAfterSortingAndCountTheWholeList() {
        PageDto<DossierSummaryDto> second = search("lanhdao", DossierCriteriaDto.any(), 3, 3, "code", true);
        assertEquals(List.of(D3, D2, D9), second.rows().stream().map(DossierSummaryDto::code).toList());
        assertEquals(8, second.total());
        assertFalse(second.moreThanTotal());
        PageDto<DossierSummaryDto> byName = search("lanhdao", DossierCriteriaDto.any(), 0, 2, "applicantName", true);
        assertEquals(List.of(D9, D8), byName.rows().stream().map(DossierSummaryDto::code).toList());
        assertEquals(8, byName.total());
        PageDto<DossierSummaryDto> last = search("lanhdao", DossierCriteriaDto.any(), 6, 3, "receivedAt", false);
        assertEquals(List.of(D8, D4), last.rows().stream().map(DossierSummaryDto::code).toList());
        assertEquals(8, last.total());
        assertEquals(8, search("lanhdao", DossierCriteriaDto.any(), 20, 3, null, false).total());
    }

    @Test
    void eachRowTellsHowItStandsAgainstItsDeadline() {
        List<DossierSummaryDto> rows = search("lanhdao", DossierCriteriaDto.any(), 0, 20, "code", true).rows();
        DossierSummaryDto returned = row(rows, D1);
        assertEquals("RETURNED", returned.status());
        assertEquals("ON_TIME", returned.timeliness());
        assertNull(returned.level());
        assertEquals(DirectionFixture.at("2026-03-02 15:00"), returned.finishedAt());
        assertEquals("Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", returned.procedureName());
        assertEquals("Đất đai", returned.fieldName());
        assertEquals("Nguyễn Thị Hồng", returned.applicantName());
        DossierSummaryDto late = row(rows, D3);
        assertEquals(List.of("2.000575.H21", "OVERDUE", "OVERDUE", "Đăng ký kinh doanh (hộ kinh doanh)"),
                List.of(late.procedureCode(), late.timeliness(), late.level(), late.fieldName()));
        assertEquals(List.of("WITHIN_DEADLINE", "PAUSED"), List.of(row(rows, D5).timeliness(), row(rows, D5).level()));
        assertEquals(List.of("WITHIN_DEADLINE", "DUE_SOON"), List.of(row(rows, D7).timeliness(), row(rows, D7).level()));
        assertEquals(List.of("WITHIN_DEADLINE", "WITHIN_DEADLINE"),
                List.of(row(rows, D2).timeliness(), row(rows, D2).level()));
        DossierSummaryDto refused = row(rows, D4);
        assertEquals(List.of("REFUSED", "null", "null"), List.of(refused.status(), String.valueOf(refused.timeliness()),
                String.valueOf(refused.level())));
    }

    @Test
    void anOfficerSeesOnlyTheDossiersOfTheirAgencies() {
        assertEquals(List.of(), codes(DirectionFixture.OTHER_OFFICER, text("nguyen thi hong")));
        assertEquals(List.of(D6), codes(DirectionFixture.OTHER_OFFICER, DossierCriteriaDto.any()));
        assertEquals(List.of(D6), codes(DirectionFixture.OTHER_OFFICER, text("hong")));
        assertEquals(List.of(D9, D2, D1, D8), codes("chuyenvien", DossierCriteriaDto.any()));
        assertEquals(List.of(D9, D2, D1), codes("chuyenvien", text("hong")));
        assertEquals(List.of(), codes("nobody", DossierCriteriaDto.any()));
    }

    @Test
    void periodsInTheFutureOrReversedAreRefused() {
        DossierException future = assertThrows(DossierException.class, () -> search("tiepnhan",
                new DossierCriteriaDto(null, null, null, null, null, null, null, LocalDate.of(2026, 3, 17), null),
                0, 20, null, false));
        assertEquals("dossier.period.inFuture", future.getMessageKey());
        DossierException reversed = assertThrows(DossierException.class, () -> search("tiepnhan",
                new DossierCriteriaDto(null, null, null, null, null, null, null, LocalDate.of(2026, 3, 10),
                        LocalDate.of(2026, 3, 1)), 0, 20, null, false));
        assertEquals("dossier.period.reversed", reversed.getMessageKey());
        assertEquals(List.of(D7), codes("tiepnhan", new DossierCriteriaDto(null, null, null, null, null, null, null,
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16))));
    }

    private static DossierCriteriaDto text(String text) {
        return criteria(text, null, null, null, null, null, null);
    }

    private static DossierCriteriaDto criteria(String text, String idNumber, String phone, String procedure, String field,
                                               DossierStatus status, String agency) {
        return new DossierCriteriaDto(text, idNumber, phone, procedure, field, status, agency, null, null);
    }

    private static List<String> codes(String officer, DossierCriteriaDto criteria) {
        PageDto<DossierSummaryDto> page = search(officer, criteria, 0, 50, null, false);
        assertEquals(page.rows().size(), page.total());
        return page.rows().stream().map(DossierSummaryDto::code).toList();
    }

    private static PageDto<DossierSummaryDto> search(String officer, DossierCriteriaDto criteria, int first, int size,
                                                     String sortBy, boolean ascending) {
        return database.inTransaction(em -> DirectionFixture.query(em).search(criteria,
                new DossierVisibility(em, officer).agencies(), first, size, sortBy, ascending));
    }

    private static DossierSummaryDto row(List<DossierSummaryDto> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}

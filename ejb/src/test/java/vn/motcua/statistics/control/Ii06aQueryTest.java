package vn.motcua.statistics.control;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.entity.InMemoryDatabase;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;
import vn.motcua.statistics.boundary.ReportPeriod;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.motcua.statistics.control.StatisticsFixture.APRIL;
import static vn.motcua.statistics.control.StatisticsFixture.FEBRUARY;
import static vn.motcua.statistics.control.StatisticsFixture.MARCH;
import static vn.motcua.statistics.control.StatisticsFixture.MAY;
import static vn.motcua.statistics.control.StatisticsFixture.at;

/** Report II.06a over {@link StatisticsFixture}: the counting rules, column by column, and the invariants. */
class Ii06aQueryTest {

    private static final Instant LATER = at("2026-06-01T00:00");
    private static InMemoryDatabase database;

    @BeforeAll
    static void load() {
        database = StatisticsFixture.load();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<Ii06aRowDto> rows(String agency, Instant start, Instant end, Instant now) {
        return database.inTransaction(em -> new Ii06aQuery(em, new ReportingAgencies(em)
                .subtree(StatisticsFixture.agency(em, agency))).byField(start, end, now));
    }

    /** received, online, in person/postal, carried over | resolved, early, on time, late | in progress, within, overdue */
    private static String figures(Ii06aRowDto row) {
        long[] f = row.figures();
        return f[0] + " " + f[1] + " " + f[2] + " " + f[3] + " | " + f[4] + " " + f[5] + " " + f[6] + " " + f[7]
                + " | " + f[8] + " " + f[9] + " " + f[10];
    }

    @Test
    void marchInTheDistrictCountsEachColumnByTheRules() {
        List<Ii06aRowDto> march = rows("000.00.19.H21", MARCH, APRIL, LATER);
        assertEquals(List.of("DAT_DAI", "CHUNG_THUC"), march.stream().map(Ii06aRowDto::fieldCode).sorted((a, b) -> b.compareTo(a)).toList());
        Ii06aRowDto land = row(march, "DAT_DAI");
        // D1 online; D2, D3 (postal), D12 in person; D4, D6 carried over; D5 ended in February, D11 came in April
        // resolved D1 early, D2 and D4 on time, D3 late; D6 and D12 in progress past their due
        assertEquals("6 1 3 2 | 4 1 2 1 | 2 0 2", figures(land));
        // D8 refused before its due: on time; D9 stopped after its due: late; D10 paused: not overdue
        assertEquals("4 1 3 0 | 2 0 1 1 | 2 2 0", figures(row(march, "CHUNG_THUC")));
    }

    @Test
    void theProvinceRollsUpItsOwnDeskAndTheDistrict() {
        Ii06aRowDto land = row(rows("000.00.00.H21", MARCH, APRIL, LATER), "DAT_DAI");
        assertEquals("7 1 4 2 | 5 2 2 1 | 2 0 2", figures(land));
        // a desk's own report holds only its dossiers
        assertEquals(List.of(), rows("000.02.19.H21", MARCH, APRIL, LATER));
    }

    @Test
    void aPeriodNotYetOverJudgesOverdueNow() {
        // on 26/03 D12 (due 30/03) is still within its deadline; D6 (due 05/03) is overdue
        Ii06aRowDto land = row(rows("000.00.19.H21", MARCH, APRIL, at("2026-03-26T00:00")), "DAT_DAI");
        assertEquals("2 1 1", figures(land).split(" \\| ")[2]);
    }

    @Test
    void aDossierIsResolvedInExactlyOnePeriodAndCarriedOverUntilThen() {
        Ii06aRowDto april = row(rows("000.00.19.H21", APRIL, MAY, LATER), "DAT_DAI");
        // D11 received; D6 and D12 carried over; D12 returned late; D6 and D11 in progress
        assertEquals("3 0 1 2 | 1 0 0 1 | 2 0 2", figures(april));
        long resolvedLand = 0;
        for (Instant[] month : new Instant[][]{{FEBRUARY, MARCH}, {MARCH, APRIL}, {APRIL, MAY}}) {
            resolvedLand += row(rows("000.00.19.H21", month[0], month[1], LATER), "DAT_DAI").resolved();
        }
        // D1–D5 and D12 were returned: each counted once over the three months
        assertEquals(6, resolvedLand);
    }

    @Test
    void theInvariantsHoldForEveryFieldAgencyAndPeriod() {
        for (String agency : List.of("000.00.00.H21", "000.00.19.H21", "000.01.19.H21")) {
            for (Instant[] period : new Instant[][]{{FEBRUARY, MARCH}, {MARCH, APRIL}, {APRIL, MAY}, {FEBRUARY, MAY},
                    {at("2026-03-15T00:00"), at("2026-03-16T00:00")}}) {
                for (Instant now : new Instant[]{at("2026-03-20T12:00"), LATER}) {
                    List<Ii06aRowDto> rows = rows(agency, period[0], period[1], now);
                    rows.forEach(row -> assertNull(row.brokenInvariant(), () -> agency + " " + Arrays.toString(period)
                            + " " + figures(row)));
                    Ii06aReportDto report = Ii06aReportDto.of(ReportPeriod.custom(java.time.LocalDate.of(2026, 1, 1),
                            java.time.LocalDate.of(2026, 1, 2)), agency, agency, "x", rows);
                    assertNull(report.total().brokenInvariant());
                }
            }
        }
    }

    @Test
    void theTotalQueryEqualsTheSumOfTheFields() {
        Ii06aRowDto total = database.inTransaction(em -> new Ii06aQuery(em, new ReportingAgencies(em)
                .subtree(StatisticsFixture.agency(em, "000.00.00.H21"))).total(MARCH, APRIL, LATER));
        assertEquals("11 2 7 2 | 7 2 3 2 | 4 2 2", figures(total));
    }

    @Test
    void theDossiersBehindEachFigureAreThoseItCounts() {
        database.inTransaction(em -> {
            Ii06aQuery query = new Ii06aQuery(em, new ReportingAgencies(em)
                    .subtree(StatisticsFixture.agency(em, "000.00.19.H21")));
            Ii06aRowDto land = row(query.byField(MARCH, APRIL, LATER), "DAT_DAI");
            for (int column = 0; column < 11; column++) {
                assertEquals(land.figures()[column], query.dossiers("DAT_DAI", column, MARCH, APRIL, LATER, 100).size());
            }
            assertEquals(List.of("D4", "D6"), query.dossiers("DAT_DAI", 3, MARCH, APRIL, LATER, 100));
            assertEquals(List.of("D3", "D9"), query.dossiers(null, 7, MARCH, APRIL, LATER, 100));
            return null;
        });
    }

    @Test
    void theRowsByDeskAddUpToTheProvince() {
        database.inTransaction(em -> {
            Ii06aQuery query = new Ii06aQuery(em, new ReportingAgencies(em)
                    .subtree(StatisticsFixture.agency(em, "000.00.00.H21")));
            java.util.Map<String, Ii06aRowDto> summed = new java.util.TreeMap<>();
            java.util.Map<Long, List<Ii06aRowDto>> byDesk = query.byDeskAndField(MARCH, APRIL, LATER);
            assertEquals(2, byDesk.size(), "the district's desk and the province's own");
            byDesk.values().forEach(rows -> rows.forEach(r -> summed.merge(r.fieldCode(), r, Ii06aRowDto::plus)));
            for (Ii06aRowDto row : query.byField(MARCH, APRIL, LATER)) {
                assertEquals(figures(row), figures(summed.get(row.fieldCode())));
            }
            return null;
        });
    }

    private static Ii06aRowDto row(List<Ii06aRowDto> rows, String field) {
        return rows.stream().filter(r -> r.fieldCode().equals(field)).findFirst().orElseThrow();
    }
}

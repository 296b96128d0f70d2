package vn.motcua.rating.control;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.identity.entity.Role;
import vn.motcua.rating.boundary.RatingReportDto;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.rating.control.RatingFixture.APRIL;
import static vn.motcua.rating.control.RatingFixture.MARCH;

/** The March 2026 report over {@link RatingFixture}: the district leader's and the province's. */
class RatingReportTest {

    private static final double EXACT = 1e-9;
    private static InMemoryDatabase database;
    private static RatingReportDto leader;
    private static RatingReportDto province;

    @BeforeAll
    static void load() {
        database = RatingFixture.load();
        leader = report("lanhdao", Role.LEADER);
        province = report("tinh", Role.PROVINCE);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static RatingReportDto report(String officer, Role role) {
        return database.inTransaction(em -> new RatingReport(em, AgencyScope.of(em, officer, role).agencyIds())
                .report(MARCH, APRIL));
    }

    /** key, ratings and average total of each group, e.g. "DAT_DAI 2 13.5". */
    private static List<String> lines(List<RatingReportDto.Group> groups) {
        return groups.stream().map(g -> g.key() + " " + g.ratings() + " " + g.averageTotal()).toList();
    }

    private static double average(RatingReportDto.Group group, String indicator) {
        return group.indicators().stream().filter(i -> i.indicator().equals(indicator)).findFirst().orElseThrow()
                .average();
    }

    @Test
    void theLeaderSeesTheRatingsOfTheirDistrictGivenInThePeriod() {
        // R1 18, R2 9, R3 3 (rated at the first instant of March); R4 rated at the first of April and R7 in
        // Chư Pưh are left out, R5 was never rated
        RatingReportDto.Group overall = leader.overall();
        assertEquals(3, overall.ratings());
        assertEquals(10.0, overall.averageTotal(), EXACT);
        assertEquals(100.0 * 10 / 18, overall.percentage(), EXACT);
        assertEquals(9, overall.indicators().size());
        assertEquals("PROCESSING_TIME", overall.indicators().get(0).indicator());
        assertEquals("rating.indicator.PROCESSING_TIME", overall.indicators().get(0).labelKey());
        assertEquals(5.0 / 3, average(overall, "PROCESSING_TIME"), EXACT);
        assertEquals(4.0 / 3, average(overall, "STAFF_ATTITUDE"), EXACT);
        assertEquals(1.0, average(overall, "ONLINE_SERVICE"), EXACT);
    }

    @Test
    void byFieldOfTheProcedure() {
        assertEquals(List.of("DAT_DAI 2 13.5", "CHUNG_THUC 1 3.0"), lines(leader.fields()));
        assertEquals(List.of("Đất đai", "Chứng thực"),
                leader.fields().stream().map(RatingReportDto.Group::name).toList());
        RatingReportDto.Group certification = leader.fields().get(1);
        assertEquals(2.0, average(certification, "PROCESSING_TIME"), EXACT);
        assertEquals(1.0, average(certification, "STAFF_ATTITUDE"), EXACT);
        assertEquals(0.0, average(certification, "CONTACTS"), EXACT);
        assertEquals(100.0 * 3 / 18, certification.percentage(), EXACT);
    }

    @Test
    void byDepartmentARatingCountsOnceHoweverManyStepsItHeld() {
        // the desk held steps 1 and 4 of every dossier, the land office steps 2 and 3 of R1 and R2
        assertEquals(List.of("000.01.19.H21 3 10.0", "000.03.19.H21 2 13.5", "000.04.19.H21 1 3.0"),
                lines(leader.departments()));
        assertEquals("Phòng Tư pháp", leader.departments().get(2).name());
    }

    @Test
    void byOfficerWhoWasAssignedOrClosedAStep() {
        // lanhdao led every step 3 and closed R2's step 2 too; chuyenvien was assigned R2's step 2 without
        // closing it; kinhte closed R3's step 2 that tuphap was assigned
        assertEquals(List.of("tiepnhan 3 10.0", "lanhdao 3 10.0", "chuyenvien 2 13.5", "tuphap 1 3.0", "kinhte 1 3.0"),
                lines(leader.officers()));
        assertEquals(List.of("Nguyễn Thị Lan", "Rơ Châm Hiền", "Trần Văn Minh", "Ksor H'Nga", "Nguyễn Đức Thắng"),
                leader.officers().stream().map(RatingReportDto.Group::name).toList());
    }

    @Test
    void theProvinceSeesEveryDistrict() {
        assertEquals(4, province.overall().ratings());
        assertEquals(46.0 / 4, province.overall().averageTotal(), EXACT);
        assertEquals(0.75, average(province.overall(), "ONLINE_SERVICE"), EXACT);
        assertEquals(List.of("DAT_DAI 3 14.333333333333334", "CHUNG_THUC 1 3.0"), lines(province.fields()));
        assertEquals(List.of("000.01.19.H21 3 10.0", "000.03.19.H21 2 13.5", "000.01.20.H21 1 16.0",
                "000.04.19.H21 1 3.0"), lines(province.departments()));
        assertEquals(6, province.officers().size());
        assertEquals("tiepnhan.chupuh 1 16.0", lines(province.officers()).get(5), "Siu H'Bia comes last of the ones");
    }

    @Test
    void anOfficerWithoutTheRoleSeesNothingAndAPeriodMustNotBeEmpty() {
        RatingReportDto none = report("tiepnhan", Role.LEADER);
        assertEquals(0, none.overall().ratings());
        assertEquals(0.0, none.overall().averageTotal());
        assertEquals(List.of(), none.fields());
        assertEquals(List.of(), none.departments());
        assertEquals(List.of(), none.officers());
        assertThrows(IllegalArgumentException.class, () -> database.inTransaction(em ->
                new RatingReport(em, Set.of()).report(APRIL, MARCH)));
    }
}

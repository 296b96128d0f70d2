package vn.motcua.dossier.control;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.dossier.boundary.DashboardDto;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The direction dashboard of the demo leader (lanhdao) over the dossiers of {@link DirectionFixture}. */
class DashboardQueryTest {

    private static InMemoryDatabase database;
    private static DashboardDto leader;

    @BeforeAll
    static void load() {
        database = DirectionFixture.load();
        leader = database.inTransaction(em -> new DashboardQuery(em,
                AgencyScope.of(em, "lanhdao", Role.LEADER).agencyIds(), DirectionFixture.NOW).dashboard(null, null));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void dossiersReceivedThisYearAreCountedByStatus() {
        assertEquals(LocalDate.of(2026, 1, 1), leader.from());
        assertEquals(LocalDate.of(2026, 3, 16), leader.to());
        assertEquals(List.of("RECEIVED=1", "IN_PROGRESS=4", "AWAITING_SUPPLEMENT=1", "READY_FOR_RETURN=0", "RETURNED=1",
                "REFUSED=0", "STOPPED=0"), leader.statuses().stream().map(s -> s.status() + "=" + s.count()).toList());
        DashboardDto december = dashboard("lanhdao", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 1L, 0L),
                december.statuses().stream().map(DashboardDto.StatusCount::count).toList());
    }

    @Test
    void openTasksAreCountedByDepartmentAndByOfficer() {
        assertEquals(List.of("000.03.19.H21 2/1", "000.01.19.H21 1/1", "000.04.19.H21 1/0", "000.05.19.H21 1/1",
                "000.06.19.H21 1/1"), leader.departments().stream().map(DashboardQueryTest::load).toList());
        assertEquals("Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê", leader.departments().get(0).name());
        assertEquals(List.of("Trần Văn Minh 2/1", "Ksor H'Nga 1/0", "Nguyễn Thị Lan 1/1", "Nguyễn Đức Thắng 1/1",
                "Chưa phân công 1/1"), leader.officers().stream()
                .map(l -> l.name() + " " + l.openTasks() + "/" + l.overdueTasks()).toList());
        assertEquals(null, leader.officers().get(4).key());
        assertEquals("chuyenvien", leader.officers().get(0).key());
    }

    @Test
    void runningDossiersAreAgedInCalendarDays() {
        assertEquals(List.of("0-2:1", "3-5:2", "6-10:1", "11-20:1", "21-null:1"), leader.aging().stream()
                .map(b -> b.fromDays() + "-" + b.toDays() + ":" + b.count()).toList());
    }

    @Test
    void bottlenecksRankStepsByOverdueThenOpenTasksWithTheirRecentAverage() {
        List<DashboardDto.Bottleneck> steps = leader.bottlenecks();
        assertEquals(9, steps.size());
        assertEquals(List.of("000.01.19.H21 1/1", "000.03.19.H21 1/1", "000.05.19.H21 1/1", "000.06.19.H21 1/1",
                "000.03.19.H21 1/0", "000.04.19.H21 1/0"), steps.subList(0, 6).stream()
                .map(b -> b.agencyCode() + " " + b.openTasks() + "/" + b.overdueTasks()).toList());
        DashboardDto.Bottleneck reception = steps.get(0);
        assertEquals(3, reception.closedTasks());
        assertEquals(10.0 / 60, reception.averageHours(), 1e-6);
        assertEquals("Tiếp nhận", reception.stepName().substring(0, 9));
        DashboardDto.Bottleneck handOver = steps.stream().filter(b -> b.agencyCode().equals("000.01.19.H21")
                && b.stepName().startsWith("Trả kết quả")).findFirst().orElseThrow();
        assertEquals(List.of(0L, 0L, 1L), List.of(handOver.openTasks(), handOver.overdueTasks(), handOver.closedTasks()));
        assertEquals(3.0, handOver.averageHours(), 1e-6);
        assertEquals(null, steps.get(1).averageHours());
        // the environment step closed on 26 January, more than 30 days ago, and has nothing open
        assertTrue(steps.stream().noneMatch(b -> b.agencyCode().equals("000.02.19.H21")));
    }

    @Test
    void theOverdueListShowsWhoHoldsEachDossierLongestOverdueFirst() {
        assertEquals(List.of("000.01.19.H21-260120-0008", "000.01.19.H21-260304-0003"),
                leader.overdue().stream().map(DashboardDto.OverdueDossier::code).toList());
        assertEquals(List.of(new DashboardDto.Holder("Phòng Kinh tế – Hạ tầng", "Nguyễn Đức Thắng")),
                leader.overdue().get(0).holders());
        assertEquals(List.of(new DashboardDto.Holder("Phòng Tài chính – Kế hoạch", null)),
                leader.overdue().get(1).holders());
        assertEquals("Đỗ Minh Quân", leader.overdue().get(0).applicantName());
    }

    @Test
    void anotherDistrictSeesOnlyItsOwnDossierHeldAtItsDesk() {
        DashboardDto other = database.inTransaction(em -> {
            Agency desk = em.createNamedQuery("Agency.findByCode", Agency.class)
                    .setParameter("code", DirectionFixture.OTHER_DESK).getSingleResult();
            return new DashboardQuery(em, Set.of(desk.getId()), DirectionFixture.NOW).dashboard(null, null);
        });
        assertEquals(1, other.statuses().stream().mapToLong(DashboardDto.StatusCount::count).sum());
        assertEquals(List.of(new DashboardDto.Holder("Bộ phận tiếp nhận và trả kết quả huyện Chư Pưh", null)),
                other.overdue().get(0).holders());
        assertEquals(List.of(), other.departments());
        assertEquals(List.of(), other.bottlenecks());
        assertEquals(List.of(0L, 1L, 0L, 0L, 0L), other.aging().stream().map(DashboardDto.AgeBucket::count).toList());
    }

    @Test
    void periodsInTheFutureOrReversedAreRefused() {
        assertEquals("dossier.period.reversed", assertThrows(DossierException.class,
                () -> dashboard("lanhdao", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1))).getMessageKey());
        assertEquals("dossier.period.inFuture", assertThrows(DossierException.class,
                () -> dashboard("lanhdao", null, LocalDate.of(2026, 4, 1))).getMessageKey());
    }

    private static DashboardDto dashboard(String officer, LocalDate from, LocalDate to) {
        return database.inTransaction(em -> new DashboardQuery(em, AgencyScope.of(em, officer, Role.LEADER).agencyIds(),
                DirectionFixture.NOW).dashboard(from, to));
    }

    private static String load(DashboardDto.Load load) {
        return load.key() + " " + load.openTasks() + "/" + load.overdueTasks();
    }
}

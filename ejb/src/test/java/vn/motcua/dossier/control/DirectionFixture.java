package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.calendar.control.CalendarSnapshot;
import vn.motcua.calendar.control.DeadlineEngine;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.PasswordHash;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The demo office with nine dossiers in known states on Monday 16 March 2026, 10:00 (Vietnam), and a
 * second district, Chư Pưh, with one dossier of its own and a reception officer. Times are Vietnam time.
 * <pre>
 * D1 Nguyễn Thị Hồng        mortgage     02/03 RETURNED on time; four closed tasks (desk 5 min, land 1 h, 1 h, 3 h)
 * D2 Nguyễn Thị Hồng Nhung  1.012781     10/03 IN_PROGRESS, land step open (chuyenvien), step due 13/03: overdue
 * D3 Trần Văn Hùng          household    04/03 IN_PROGRESS, appointment 09/03 passed; finance step unassigned, overdue
 * D4 Lê Thị Hồng            certify      15/12/2025 REFUSED
 * D5 Phạm Hồng Sơn          birth        13/03 AWAITING_SUPPLEMENT; justice step (tuphap) due 16/03 08:40 but paused
 * D6 Võ Thị Hồng            (Chư Pưh)    11/03 IN_PROGRESS, appointment passed
 * D7 Hoàng Văn Nam          mortgage del 16/03 RECEIVED; desk step (tiepnhan) due 08:30: overdue
 * D8 Đỗ Minh Quân           land use     20/01 IN_PROGRESS, appointment 10/02 passed; environment step closed
 *                                        after 144 h, infrastructure step (kinhte) overdue
 * D9 Bùi Thị Hồng Hạnh      re-issue     12/03 IN_PROGRESS, land step (chuyenvien) due 17/03
 * </pre>
 * D1 and D5 share the phone 0905000001.
 */
final class DirectionFixture {

    static final Instant NOW = at("2026-03-16 10:00");
    static final String OTHER_DESK = "000.01.20.H21";
    static final String OTHER_OFFICER = "tiepnhan.chupuh";
    static final DeadlineEngine CALENDAR = new DeadlineEngine(officeHours());

    private final EntityManager em;
    private final DossierCodes codes = new DossierCodes(DossierCodes.CIRCULAR_01_2018);
    private int number;

    private DirectionFixture(EntityManager em) {
        this.em = em;
    }

    static InMemoryDatabase load() {
        InMemoryDatabase database = new InMemoryDatabase();
        database.withDemoOffice(at("2025-01-02 08:00"));
        database.inTransaction(em -> {
            new DirectionFixture(em).dossiers();
            return null;
        });
        return database;
    }

    static DossierQuery query(EntityManager em) {
        return new DossierQuery(em, new DossierCodes(DossierCodes.CIRCULAR_01_2018), code -> CALENDAR, NOW);
    }

    private void dossiers() {
        Agency desk = agency("000.01.19.H21");
        Agency land = agency("000.03.19.H21");
        Dossier d1 = receive("1.000948.H21", desk, "Nguyễn Thị Hồng", "064190000001", "0905000001",
                "2026-03-02 09:00", "2026-03-02 17:00");
        closed(task(d1, 1, desk, Role.RECEPTION, "2026-03-02 09:00", "2026-03-02 09:30"), "tiepnhan", "2026-03-02 09:05");
        d1.forward(1, null, at("2026-03-02 09:05"));
        closed(task(d1, 2, land, Role.SPECIALIST, "2026-03-02 09:05", "2026-03-02 11:00"), "chuyenvien",
                "2026-03-02 10:05");
        d1.forward(2, null, at("2026-03-02 10:05"));
        closed(task(d1, 3, land, Role.LEADER, "2026-03-02 10:05", "2026-03-02 13:30"), "lanhdao", "2026-03-02 11:05");
        d1.approve(3, null, at("2026-03-02 11:05"));
        closed(task(d1, 4, desk, Role.RECEPTION, "2026-03-02 11:05", "2026-03-02 17:00"), "tiepnhan", "2026-03-02 14:05");
        d1.forward(4, null, at("2026-03-02 14:05"));
        d1.returnResult("Nguyễn Thị Hồng", true, at("2026-03-02 15:00"), Timeliness.ON_TIME);

        Dossier d2 = receive("1.012781.H21", desk, "Nguyễn Thị Hồng Nhung", "079195000002", "0912000002",
                "2026-03-10 08:00", "2026-03-24 08:00");
        closed(task(d2, 1, desk, Role.RECEPTION, "2026-03-10 08:00", "2026-03-10 12:00"), "tiepnhan", "2026-03-10 08:10");
        d2.forward(1, null, at("2026-03-10 08:10"));
        task(d2, 2, land, Role.SPECIALIST, "2026-03-10 08:10", "2026-03-13 08:10").assign("chuyenvien");

        Dossier d3 = receive("2.000575.H21", desk, "Trần Văn Hùng", "064085000003", "0935000003",
                "2026-03-04 14:00", "2026-03-09 14:00");
        d3.forward(1, null, at("2026-03-04 14:30"));
        task(d3, 2, agency("000.06.19.H21"), Role.SPECIALIST, "2026-03-04 14:30", "2026-03-06 14:30");

        Dossier d4 = receive("2.000815.H21", desk, "Lê Thị Hồng", "064170000004", "0905000004",
                "2025-12-15 09:00", "2025-12-15 17:00");
        d4.forward(1, null, at("2025-12-15 09:10"));
        d4.refuse(2, List.of("Bản chính bị tẩy xóa"), at("2025-12-15 10:00"));

        Dossier d5 = receive("1.001193.H21", desk, "Phạm Hồng Sơn", "064090000005", "0905000001",
                "2026-03-13 08:30", "2026-03-18 08:30");
        d5.forward(1, null, at("2026-03-13 08:40"));
        task(d5, 2, agency("000.04.19.H21"), Role.SPECIALIST, "2026-03-13 08:40", "2026-03-16 08:40").assign("tuphap");
        d5.requestSupplement(2, List.of("Giấy chứng nhận kết hôn"), "Thiếu giấy tờ", at("2026-03-13 10:00"));

        Agency otherDesk = otherDistrict();
        Dossier d6 = receive("1.000948.H21", otherDesk, "Võ Thị Hồng", "064180000006", "0905000006",
                "2026-03-11 08:00", "2026-03-11 17:00");
        d6.forward(1, null, at("2026-03-11 08:10"));

        Dossier d7 = receive("1.000949.H21", desk, "Hoàng Văn Nam", "064095000007", "0905000007",
                "2026-03-16 08:00", "2026-03-16 17:00");
        task(d7, 1, desk, Role.RECEPTION, "2026-03-16 08:00", "2026-03-16 08:30").assign("tiepnhan");

        Dossier d8 = receive("1.012786.H21", desk, "Đỗ Minh Quân", "064088000008", "0905000008",
                "2026-01-20 09:00", "2026-02-10 09:00");
        d8.forward(1, null, at("2026-01-20 09:10"));
        closed(task(d8, 2, agency("000.02.19.H21"), Role.SPECIALIST, "2026-01-20 09:10", "2026-01-27 09:10"),
                "chuyenvien", "2026-01-26 09:10");
        task(d8, 3, agency("000.05.19.H21"), Role.SPECIALIST, "2026-01-20 09:10", "2026-01-23 09:10").assign("kinhte");
        d8.forward(2, null, at("2026-01-26 09:10"));

        Dossier d9 = receive("1.012784.H21", desk, "Bùi Thị Hồng Hạnh", "064192000009", "0905000009",
                "2026-03-12 08:00", "2026-03-23 08:00");
        closed(task(d9, 1, desk, Role.RECEPTION, "2026-03-12 08:00", "2026-03-12 12:00"), "tiepnhan", "2026-03-12 08:15");
        d9.forward(1, null, at("2026-03-12 08:15"));
        task(d9, 2, land, Role.SPECIALIST, "2026-03-12 08:15", "2026-03-17 08:15").assign("chuyenvien");
    }

    private Agency otherDistrict() {
        Agency province = agency("000.00.00.H21");
        Agency district = new Agency("000.00.20.H21", "Ủy ban nhân dân huyện Chư Pưh", AgencyKind.DISTRICT, province,
                LocalDate.of(2012, 1, 1));
        Agency desk = new Agency(OTHER_DESK, "Bộ phận tiếp nhận và trả kết quả huyện Chư Pưh",
                AgencyKind.ONE_STOP_DESK, district, LocalDate.of(2012, 1, 1));
        em.persist(district);
        em.persist(desk);
        Officer officer = new Officer(OTHER_OFFICER, "Siu H'Bia", desk, new PasswordHash("x", "y", 10));
        officer.grant(Role.RECEPTION, desk);
        em.persist(officer);
        return desk;
    }

    private Dossier receive(String procedureCode, Agency desk, String name, String idNumber, String phone,
                            String received, String appointment) {
        Procedure procedure = em.createQuery("SELECT p FROM Procedure p WHERE p.code = :code", Procedure.class)
                .setParameter("code", procedureCode).getSingleResult();
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, name, Applicant.IdKind.CITIZEN_ID, idNumber);
        applicant.updateContact(phone, null, null);
        em.persist(applicant);
        Instant receivedAt = at(received);
        Dossier dossier = Dossier.receive(codes.format(desk.getCode(), LocalDate.ofInstant(receivedAt, Clocks.VIETNAM),
                        null, ++number), procedure, desk, Channel.IN_PERSON, applicant, null, receivedAt, at(appointment),
                LookupPin.of("123456", new byte[32]), 1, null);
        em.persist(dossier);
        return dossier;
    }

    private DossierTask task(Dossier dossier, int step, Agency agency, Role role, String opened, String due) {
        DossierTask task = new DossierTask(dossier, step, dossier.getEventCount(), agency, role, "tiepnhan", at(opened),
                at(due));
        em.persist(task);
        return task;
    }

    private static void closed(DossierTask task, String by, String at) {
        task.close(by, DossierAction.FORWARD, at(at), Timeliness.ON_TIME);
    }

    private Agency agency(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code).getSingleResult();
    }

    static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime.replace(' ', 'T')).atZone(Clocks.VIETNAM).toInstant();
    }

    /** Monday to Friday, 7:30-11:30 and 13:30-17:30, no holidays: enough to colour a due. */
    private static CalendarSnapshot officeHours() {
        var builder = CalendarSnapshot.builder().zone(Clocks.VIETNAM).covering(2024, 2027);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            builder.workingPeriod(day, LocalTime.of(7, 30), LocalTime.of(11, 30))
                    .workingPeriod(day, LocalTime.of(13, 30), LocalTime.of(17, 30));
        }
        return builder.build();
    }
}

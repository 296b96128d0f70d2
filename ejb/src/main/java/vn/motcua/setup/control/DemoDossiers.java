package vn.motcua.setup.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.dossier.control.DailyCounter;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.control.EventChain;
import vn.motcua.dossier.control.HandOffs;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.dossier.control.TaskOpening;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.shared.boundary.Clocks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * A few dossiers in every state, so that a newcomer's inbox, dossier page and logbook are not empty:
 * received today, with a department, due soon, overdue, awaiting a supplement, refused and returned.
 * They go through the same entity rules, journal and hand-offs as real ones; the tasks are opened
 * at once (the routing messages sent meanwhile find them there and change nothing).
 */
public class DemoDossiers {

    private final EntityManager em;
    private final WorkingCalendars calendars;
    private final HandOffs handOffs;
    private final TaskOpening tasks;
    private final LocalDate today;
    private final Agency desk;

    public DemoDossiers(EntityManager em, WorkingCalendars calendars, HandOffs handOffs, TaskOpening tasks,
                        LocalDate today) {
        this.em = em;
        this.calendars = calendars;
        this.handOffs = handOffs;
        this.tasks = tasks;
        this.today = today;
        this.desk = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", "000.01.19.H21")
                .getSingleResult();
    }

    public int load() {
        Dossier fresh = receive("1.000948.H21", "Nguyễn Thị Ánh Tuyết", "064190001234", 0, "08:10");
        Dossier withLand = receive("1.012781.H21", "Trần Văn Hùng", "064185002345", 3, "09:20");
        forward(withLand, 1, "tiepnhan", 3, "10:00");
        Dossier dueSoon = receive("1.012785.H21", "Lê Thị Mai", "064192003456", 9, "14:05");
        forward(dueSoon, 1, "tiepnhan", 9, "15:30");
        Dossier overdue = receive("1.012784.H21", "Siu H'Bia", "064196004567", 9, "07:45");
        forward(overdue, 1, "tiepnhan", 9, "09:00");
        Dossier awaiting = receive("1.012787.H21", "Phạm Văn Đức", "064180005678", 4, "10:15");
        forward(awaiting, 1, "tiepnhan", 4, "11:00");
        act(awaiting, "chuyenvien", DossierAction.REQUEST_SUPPLEMENT, 2, "14:00",
                d -> d.requestSupplement(2, List.of("Bản vẽ sơ đồ tách thửa có xác nhận của UBND xã"),
                        "Hồ sơ thiếu sơ đồ tách thửa", at(2, "14:00")));
        Dossier refused = receive("1.000894.H21", "Rmah Thị Hạnh", "064199006789", 6, "08:30");
        act(refused, "tiepnhan", DossierAction.REFUSE, 6, "09:10", d -> d.refuse(1,
                List.of("Người yêu cầu không thuộc diện đăng ký kết hôn có yếu tố nước ngoài tại cấp huyện"), at(6, "09:10")));
        Dossier business = receive("2.000575.H21", "Hộ kinh doanh Quán cơm Gia Lai", "0601234567", 6, "13:30");
        forward(business, 1, "tiepnhan", 6, "14:00");
        forward(business, 2, "taichinh", 5, "09:00");
        act(business, "lanhdao", DossierAction.APPROVE, 4, "10:00", d -> d.approve(3, "Đồng ý cấp", at(4, "10:00")));
        em.persist(new DossierDocument(business, DossierDocument.Kind.RESULT,
                "Giấy chứng nhận đăng ký hộ kinh doanh (bản giấy)", DocumentForm.ORIGINAL, 1, 4, null, "taichinh", at(4, "10:30")));
        forward(business, 4, "tiepnhan", 4, "15:00");
        Instant returned = at(3, "08:40");
        act(business, "tiepnhan", DossierAction.RETURN_RESULT, 3, "08:40", d -> d.returnResult("Nguyễn Văn Tài", true,
                returned, calendars.classifyResolved(desk.getCode(), returned, d.getAppointmentAt())));
        return 7;
    }

    private Dossier receive(String procedureCode, String name, String idNumber, int workingDaysAgo, String time) {
        Procedure procedure = em.createQuery("SELECT p FROM Procedure p WHERE p.code = :code", Procedure.class)
                .setParameter("code", procedureCode).getResultList().get(0);
        boolean organisation = idNumber.length() != 12;
        Applicant applicant = new Applicant(organisation ? Applicant.Kind.ORGANISATION : Applicant.Kind.PERSON, name,
                organisation ? Applicant.IdKind.TAX_CODE : Applicant.IdKind.CITIZEN_ID, idNumber);
        applicant.updateContact("09" + idNumber.substring(idNumber.length() - 8), null, "Thị trấn Chư Sê, huyện Chư Sê, tỉnh Gia Lai");
        em.persist(applicant);
        Instant receivedAt = at(workingDaysAgo, time);
        LocalDate day = LocalDate.ofInstant(receivedAt, Clocks.VIETNAM);
        int number = new DailyCounter(em).next(desk.getCode(), day);
        Dossier dossier = Dossier.receive(new DossierCodes(DossierCodes.CIRCULAR_01_2018).format(desk.getCode(), day,
                        null, number), procedure, desk, Channel.IN_PERSON, applicant, null, receivedAt,
                calendars.due(desk.getCode(), receivedAt, procedure.getTerm().toDuration()), LookupPin.of("123456", PinKey.get()), 1, null);
        em.persist(dossier);
        procedure.getDocuments().forEach(required -> em.persist(new DossierDocument(dossier,
                DossierDocument.Kind.SUBMITTED, required.getName(), required.getForm(), 1, 1, null, "tiepnhan", receivedAt)));
        new EventChain().journal(em, dossier, "tiepnhan", null);
        em.flush();
        tasks.openStep(dossier, 1, 1, "tiepnhan", receivedAt);
        return dossier;
    }

    private void forward(Dossier dossier, int step, String officer, int workingDaysAgo, String time) {
        act(dossier, officer, DossierAction.FORWARD, workingDaysAgo, time, d -> d.forward(step, null, at(workingDaysAgo, time)));
    }

    private void act(Dossier dossier, String officer, DossierAction action, int workingDaysAgo, String time,
                     Consumer<Dossier> change) {
        em.flush();
        handOffs.apply(dossier, officer, action, null, at(workingDaysAgo, time), change).routed().ifPresent(message -> {
            em.flush();
            tasks.open(message);
        });
    }

    /** A time of a working day (Monday to Friday) so many working days before today. */
    private Instant at(int workingDaysAgo, String time) {
        LocalDate day = today;
        for (int left = workingDaysAgo; left > 0 || day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue(); ) {
            day = day.minusDays(1);
            if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                left--;
            }
        }
        Instant instant = day.atTime(LocalTime.parse(time)).atZone(Clocks.VIETNAM).toInstant();
        return instant.isAfter(Instant.now()) ? Instant.now().minus(Duration.ofMinutes(5)) : instant;
    }
}

package vn.motcua.rating.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.PasswordHash;
import vn.motcua.identity.entity.Role;
import vn.motcua.rating.entity.RatingChannel;
import vn.motcua.rating.entity.RatingIndicator;
import vn.motcua.rating.entity.SatisfactionRating;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The demo office (district Chư Sê) and a second district, Chư Pưh, with dossiers rated in March 2026
 * (Vietnam time). Every dossier runs desk → department specialist → department leader → desk.
 * <pre>
 * R1 1.000948.H21 Đất đai     land office: chuyenvien, lanhdao   rated 10/03 all 2     = 18, KIOSK
 * R2 1.000949.H21 Đất đai     land office: assigned chuyenvien, closed by lanhdao; lanhdao
 *                                                                 rated 15/03 all 1     =  9, LINK
 * R3 2.000815.H21 Chứng thực  justice: assigned tuphap, closed by kinhte (standing in); lanhdao
 *                                                                 rated 01/03 00:00: processing time 2,
 *                                                                 staff attitude 1, the rest 0 = 3, KIOSK
 * R4 1.000948.H21 Đất đai     land office: chuyenvien, lanhdao   rated 01/04 00:00 all 0 (after March)
 * R5 1.000948.H21 Đất đai     returned, not rated
 * R6 1.000948.H21 Đất đai     in progress at the land office
 * R7 1.000948.H21 Đất đai     Chư Pưh, every step by tiepnhan.chupuh  rated 20/03 all 2 but online 0 = 16
 * </pre>
 * The desk (tiepnhan) holds the first and last step of every Chư Sê dossier. Every PIN is {@link #PIN}.
 */
public final class RatingFixture {

    public static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    public static final String PIN = "123456";
    public static final Instant MARCH = at("2026-03-01 00:00");
    public static final Instant APRIL = at("2026-04-01 00:00");
    public static final String OTHER_DESK = "000.01.20.H21";
    /** The codes of R1 … R7, in order. */
    public static final List<String> CODES = List.of("000.01.19.H21-260302-0001", "000.01.19.H21-260303-0002",
            "000.01.19.H21-260216-0003", "000.01.19.H21-260320-0004", "000.01.19.H21-260304-0005",
            "000.01.19.H21-260305-0006", "000.01.20.H21-260309-0007");

    private final EntityManager em;
    private final DossierCodes codes = new DossierCodes(DossierCodes.CIRCULAR_01_2018);
    private int number;

    private RatingFixture(EntityManager em) {
        this.em = em;
    }

    public static InMemoryDatabase load() {
        InMemoryDatabase database = new InMemoryDatabase();
        database.withDemoOffice(at("2025-01-02 08:00"));
        database.inTransaction(em -> {
            new RatingFixture(em).dossiers();
            return null;
        });
        return database;
    }

    public static String code(int r) {
        return CODES.get(r - 1);
    }

    public static Map<RatingIndicator, Integer> all(int score) {
        Map<RatingIndicator, Integer> scores = new EnumMap<>(RatingIndicator.class);
        for (RatingIndicator indicator : RatingIndicator.values()) {
            scores.put(indicator, score);
        }
        return scores;
    }

    private void dossiers() {
        Agency desk = agency("000.01.19.H21");
        Agency land = agency("000.03.19.H21");
        Agency justice = agency("000.04.19.H21");

        Dossier r1 = handled("1.000948.H21", desk, land, "2026-03-02 08:00", "chuyenvien", "chuyenvien", "lanhdao");
        rate(r1, all(2), RatingChannel.KIOSK, "2026-03-10 09:00");
        Dossier r2 = handled("1.000949.H21", desk, land, "2026-03-03 08:00", "chuyenvien", "lanhdao", "lanhdao");
        rate(r2, all(1), RatingChannel.LINK, "2026-03-15 20:00");
        Dossier r3 = handled("2.000815.H21", desk, justice, "2026-02-16 08:00", "tuphap", "kinhte", "lanhdao");
        Map<RatingIndicator, Integer> r3Scores = all(0);
        r3Scores.put(RatingIndicator.PROCESSING_TIME, 2);
        r3Scores.put(RatingIndicator.STAFF_ATTITUDE, 1);
        rate(r3, r3Scores, RatingChannel.KIOSK, "2026-03-01 00:00");
        Dossier r4 = handled("1.000948.H21", desk, land, "2026-03-20 08:00", "chuyenvien", "chuyenvien", "lanhdao");
        rate(r4, all(0), RatingChannel.LINK, "2026-04-01 00:00");
        handled("1.000948.H21", desk, land, "2026-03-04 08:00", "chuyenvien", "chuyenvien", "lanhdao");

        Dossier r6 = receive("1.000948.H21", desk, "2026-03-05 08:00");
        closed(task(r6, 1, desk, Role.RECEPTION, "2026-03-05 08:00"), "tiepnhan", "tiepnhan", "2026-03-05 08:10");
        r6.forward(1, null, at("2026-03-05 08:10"));
        task(r6, 2, land, Role.SPECIALIST, "2026-03-05 08:10").assign("chuyenvien");

        Agency otherDesk = otherDistrict();
        Dossier r7 = handled("1.000948.H21", otherDesk, otherDesk, "2026-03-09 08:00", "tiepnhan.chupuh",
                "tiepnhan.chupuh", "tiepnhan.chupuh");
        Map<RatingIndicator, Integer> r7Scores = all(2);
        r7Scores.put(RatingIndicator.ONLINE_SERVICE, 0);
        rate(r7, r7Scores, RatingChannel.KIOSK, "2026-03-20 10:00");
    }

    /**
     * Received at 08:00, through the department's specialist step (given to {@code assignee}, closed by
     * {@code closer}) and leader step, returned at 15:00 the same day.
     */
    private Dossier handled(String procedure, Agency desk, Agency department, String received, String assignee,
                            String closer, String leader) {
        Dossier dossier = receive(procedure, desk, received);
        String deskOfficer = desk.getCode().equals(OTHER_DESK) ? "tiepnhan.chupuh" : "tiepnhan";
        String day = received.substring(0, 11);
        closed(task(dossier, 1, desk, Role.RECEPTION, day + "08:00"), deskOfficer, deskOfficer, day + "08:10");
        dossier.forward(1, null, at(day + "08:10"));
        closed(task(dossier, 2, department, Role.SPECIALIST, day + "08:10"), assignee, closer, day + "10:00");
        dossier.forward(2, null, at(day + "10:00"));
        closed(task(dossier, 3, department, Role.LEADER, day + "10:00"), leader, leader, day + "11:00");
        dossier.approve(3, null, at(day + "11:00"));
        closed(task(dossier, 4, desk, Role.RECEPTION, day + "11:00"), deskOfficer, deskOfficer, day + "14:00");
        dossier.forward(4, null, at(day + "14:00"));
        dossier.returnResult("Người nộp", true, at(day + "15:00"), Timeliness.ON_TIME);
        return dossier;
    }

    private void rate(Dossier dossier, Map<RatingIndicator, Integer> scores, RatingChannel channel, String at) {
        em.persist(SatisfactionRating.of(dossier, scores, null, channel, at(at)));
    }

    private Agency otherDistrict() {
        Agency province = agency("000.00.00.H21");
        Agency district = new Agency("000.00.20.H21", "Ủy ban nhân dân huyện Chư Pưh", AgencyKind.DISTRICT, province,
                LocalDate.of(2012, 1, 1));
        Agency desk = new Agency(OTHER_DESK, "Bộ phận tiếp nhận và trả kết quả huyện Chư Pưh",
                AgencyKind.ONE_STOP_DESK, district, LocalDate.of(2012, 1, 1));
        em.persist(district);
        em.persist(desk);
        Officer officer = new Officer("tiepnhan.chupuh", "Siu H'Bia", desk, new PasswordHash("x", "y", 10));
        officer.grant(Role.RECEPTION, desk);
        em.persist(officer);
        return desk;
    }

    private Dossier receive(String procedureCode, Agency desk, String received) {
        Procedure procedure = em.createQuery("SELECT p FROM Procedure p WHERE p.code = :code", Procedure.class)
                .setParameter("code", procedureCode).getSingleResult();
        ++number;
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, "Người nộp " + number, Applicant.IdKind.CITIZEN_ID,
                String.format("0641900000%02d", number));
        em.persist(applicant);
        Instant receivedAt = at(received);
        Dossier dossier = Dossier.receive(codes.format(desk.getCode(), LocalDate.ofInstant(receivedAt, Clocks.VIETNAM),
                        null, number), procedure, desk, Channel.IN_PERSON, applicant, null, receivedAt,
                receivedAt.plusSeconds(5 * 86_400), LookupPin.of(PIN, KEY), 1, null);
        em.persist(dossier);
        return dossier;
    }

    private DossierTask task(Dossier dossier, int step, Agency agency, Role role, String opened) {
        DossierTask task = new DossierTask(dossier, step, dossier.getEventCount(), agency, role, "tiepnhan",
                at(opened), at(opened).plusSeconds(86_400));
        em.persist(task);
        return task;
    }

    private static void closed(DossierTask task, String assignee, String closer, String at) {
        task.accept(assignee, at(at));
        task.close(closer, DossierAction.FORWARD, at(at), Timeliness.ON_TIME);
    }

    private Agency agency(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code).getSingleResult();
    }

    public static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime.replace(' ', 'T')).atZone(Clocks.VIETNAM).toInstant();
    }
}

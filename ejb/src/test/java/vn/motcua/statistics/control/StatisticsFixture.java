package vn.motcua.statistics.control;

import jakarta.persistence.EntityManager;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The demo office with thirteen dossiers around March 2026 (Vietnam time), written as rows so that
 * every state and boundary instant is exact. Desk of Chư Sê unless said; L = Đất đai (1.000948.H21),
 * J = Chứng thực (2.000815.H21).
 * <pre>
 * D1  L ONLINE    rec 01/03 00:00 (first instant)  due 10/03  RETURNED 05/03 EARLY
 * D2  L IN_PERSON rec 02/03                        due 10/03  RETURNED 10/03 ON_TIME
 * D3  L POSTAL    rec 03/03                        due 12/03  RETURNED 20/03 LATE
 * D4  L IN_PERSON rec 20/02 (carried over)         due 06/03  RETURNED 04/03 ON_TIME
 * D5  L IN_PERSON rec 10/02                        due 20/02  RETURNED 28/02 23:59 (before March)
 * D6  L ONLINE    rec 25/02 (carried over)         due 05/03  IN_PROGRESS
 * D7  J IN_PERSON rec 10/03                        due 10/04  IN_PROGRESS
 * D8  J ONLINE    rec 15/03                        due 20/03  REFUSED 16/03
 * D9  J IN_PERSON rec 15/03                        due 20/03  STOPPED 25/03
 * D10 J IN_PERSON rec 20/03                        due 25/03  AWAITING_SUPPLEMENT, paused 22/03
 * D11 L IN_PERSON rec 01/04 00:00 (after March)    due 10/04  RECEIVED
 * D12 L IN_PERSON rec 25/03                        due 30/03  RETURNED 02/04 LATE
 * D13 L IN_PERSON rec 05/03 at the province's own desk, due 10/03, RETURNED 06/03 EARLY
 * </pre>
 */
final class StatisticsFixture {

    static final Instant MARCH = at("2026-03-01T00:00");
    static final Instant APRIL = at("2026-04-01T00:00");
    static final Instant MAY = at("2026-05-01T00:00");
    static final Instant FEBRUARY = at("2026-02-01T00:00");

    private final EntityManager em;
    private int number;

    private StatisticsFixture(EntityManager em) {
        this.em = em;
    }

    static InMemoryDatabase load() {
        InMemoryDatabase database = new InMemoryDatabase().withDemoOffice(at("2025-01-02T08:00"));
        database.inTransaction(em -> {
            new StatisticsFixture(em).dossiers();
            return null;
        });
        return database;
    }

    static long agency(EntityManager em, String code) {
        return ((Number) em.createNativeQuery("SELECT id FROM agency WHERE code = ?1").setParameter(1, code)
                .getSingleResult()).longValue();
    }

    private void dossiers() {
        em.createNativeQuery("INSERT INTO applicant (id, kind, full_name, search_name, id_kind, id_number, version)"
                + " VALUES (1, 'PERSON', 'Nguyễn Văn A', 'nguyen van a', 'CCCD', '064090000001', 0)").executeUpdate();
        String land = "1.000948.H21";
        // a second procedure of the land field: a field's row adds up its procedures
        String landToo = "1.000949.H21";
        String justice = "2.000815.H21";
        String desk = "000.01.19.H21";
        dossier(land, desk, "ONLINE", "2026-03-01T00:00", "2026-03-10T17:00", "RETURNED", "2026-03-05T09:00", "EARLY", null);
        dossier(land, desk, "IN_PERSON", "2026-03-02T08:00", "2026-03-10T17:00", "RETURNED", "2026-03-10T10:00", "ON_TIME", null);
        dossier(landToo, desk, "POSTAL", "2026-03-03T08:00", "2026-03-12T17:00", "RETURNED", "2026-03-20T10:00", "LATE", null);
        dossier(land, desk, "IN_PERSON", "2026-02-20T08:00", "2026-03-06T17:00", "RETURNED", "2026-03-04T10:00", "ON_TIME", null);
        dossier(land, desk, "IN_PERSON", "2026-02-10T08:00", "2026-02-20T17:00", "RETURNED", "2026-02-28T23:59", "LATE", null);
        dossier(land, desk, "ONLINE", "2026-02-25T08:00", "2026-03-05T17:00", "IN_PROGRESS", null, null, null);
        dossier(justice, desk, "IN_PERSON", "2026-03-10T08:00", "2026-04-10T17:00", "IN_PROGRESS", null, null, null);
        dossier(justice, desk, "ONLINE", "2026-03-15T08:00", "2026-03-20T17:00", "REFUSED", "2026-03-16T10:00", null, null);
        dossier(justice, desk, "IN_PERSON", "2026-03-15T08:00", "2026-03-20T17:00", "STOPPED", "2026-03-25T10:00", null, null);
        dossier(justice, desk, "IN_PERSON", "2026-03-20T08:00", "2026-03-25T17:00", "AWAITING_SUPPLEMENT", null, null,
                "2026-03-22T10:00");
        dossier(land, desk, "IN_PERSON", "2026-04-01T00:00", "2026-04-10T17:00", "RECEIVED", null, null, null);
        dossier(landToo, desk, "IN_PERSON", "2026-03-25T08:00", "2026-03-30T17:00", "RETURNED", "2026-04-02T10:00", "LATE", null);
        dossier(land, "000.00.00.H21", "IN_PERSON", "2026-03-05T08:00", "2026-03-10T17:00", "RETURNED",
                "2026-03-06T10:00", "EARLY", null);
    }

    private void dossier(String procedure, String desk, String channel, String received, String due, String status,
                         String finished, String timeliness, String paused) {
        number++;
        long procedureId = ((Number) em.createNativeQuery("SELECT MIN(id) FROM catalog_procedure WHERE code = ?1")
                .setParameter(1, procedure).getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO dossier (id, code, procedure_id, desk_id, channel, applicant_id, received_at,"
                        + " appointment_at, statutory_due_at, status, current_step, pin_hash, pin_salt, document_sets,"
                        + " paused_at, finished_at, timeliness, event_count, version)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?7, ?8, 1, 'x', 'x', 1, ?9, ?10, ?11, 1, 0)")
                .setParameter(1, 1000L + number).setParameter(2, "D" + number).setParameter(3, procedureId)
                .setParameter(4, agency(em, desk)).setParameter(5, channel).setParameter(6, at(received))
                .setParameter(7, at(due)).setParameter(8, status).setParameter(9, at(paused))
                .setParameter(10, at(finished)).setParameter(11, timeliness)
                .executeUpdate();
    }

    static Instant at(String vietnamTime) {
        return vietnamTime == null ? null : LocalDateTime.parse(vietnamTime).atZone(Clocks.VIETNAM).toInstant();
    }
}

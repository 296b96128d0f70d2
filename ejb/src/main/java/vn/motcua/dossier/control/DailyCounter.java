package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The next dossier number of a desk on a day, from the dossier_counter row raised by one UPDATE
 * under its row lock in the caller's transaction: unique across server nodes, and gap-free because
 * a rolled-back reception rolls its number back too (Circular 01/2018/TT-VPCP Art. 19). A database
 * sequence would leave gaps; a JVM lock would not hold across two nodes.
 */
public final class DailyCounter {

    private static final String RAISE = "UPDATE dossier_counter SET last_number = last_number + 1"
            + " WHERE agency_code = ?1 AND counter_day = ?2";
    private static final String READ = "SELECT last_number FROM dossier_counter"
            + " WHERE agency_code = ?1 AND counter_day = ?2";
    private static final String OPEN = "INSERT INTO dossier_counter (agency_code, counter_day, last_number)"
            + " VALUES (?1, ?2, 1)";

    private final EntityManager em;

    public DailyCounter(EntityManager em) {
        this.em = em;
    }

    /**
     * Raises the counter, or opens the day at 1. Two first receptions of the same day may both find
     * no row: the loser's INSERT violates the primary key and its transaction rolls back (PostgreSQL
     * aborts it anyway), so the boundary retries the reception once; this happens only per desk-day.
     */
    /** Raises an existing row; empty when the day's row is not there yet. */
    public OptionalInt raise(String agencyCode, LocalDate day) {
        int raised = em.createNativeQuery(RAISE).setParameter(1, agencyCode).setParameter(2, day).executeUpdate();
        if (raised == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(((Number) em.createNativeQuery(READ).setParameter(1, agencyCode).setParameter(2, day)
                .getSingleResult()).intValue());
    }

    public int next(String agencyCode, LocalDate day) {
        int raised = em.createNativeQuery(RAISE).setParameter(1, agencyCode).setParameter(2, day).executeUpdate();
        if (raised == 0) {
            em.createNativeQuery(OPEN).setParameter(1, agencyCode).setParameter(2, day).executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery(READ).setParameter(1, agencyCode).setParameter(2, day)
                .getSingleResult()).intValue();
    }
}

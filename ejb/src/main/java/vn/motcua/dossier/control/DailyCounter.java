package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

import java.time.LocalDate;
import java.util.List;
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
    private static final String OPEN = "INSERT INTO dossier_counter (agency_code, counter_day, last_number)"
            + " VALUES (?1, ?2, 1)";

    private final EntityManager em;

    public DailyCounter(EntityManager em) {
        this.em = em;
    }

    /** Raises an existing row; empty when the day's row is not there yet. */
    public OptionalInt raise(String agencyCode, LocalDate day) {
        List<?> raised = em.createNativeQuery(returning(em, RAISE)).setParameter(1, agencyCode).setParameter(2, day)
                .getResultList();
        return raised.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) raised.get(0)).intValue());
    }

    /**
     * Raises the counter, or opens the day at 1, for the demo data loaded by one thread: a reception
     * opens the day in a transaction of its own instead ({@link Counters}).
     */
    public int next(String agencyCode, LocalDate day) {
        return raise(agencyCode, day).orElseGet(() -> {
            em.createNativeQuery(OPEN).setParameter(1, agencyCode).setParameter(2, day).executeUpdate();
            return 1;
        });
    }

    /**
     * An UPDATE of one row that answers with its new last_number: its row lock is held until commit, so every
     * round trip after it keeps the row's other writers waiting (PostgreSQL's RETURNING, H2's delta table).
     */
    public static String returning(EntityManager em, String update) {
        return em.unwrap(Session.class).getPlatform().isPostgreSQL() ? update + " RETURNING last_number"
                : "SELECT last_number FROM FINAL TABLE (" + update + ")";
    }
}

package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final String RAISE_BOTH = "UPDATE dossier_counter SET last_number = last_number + 1"
            + " WHERE (agency_code = ?1 AND counter_day = ?2) OR (agency_code = ?3 AND counter_day = ?4)";
    private static final String RAISED = "agency_code, counter_day, last_number";
    private static final String OPEN = "INSERT INTO dossier_counter (agency_code, counter_day, last_number)"
            + " VALUES (?1, ?2, 1)";

    /** One numbered series: a counter key (a desk's code, or a prefixed one) and its day. */
    public record Series(String key, LocalDate day) {
    }
    private final EntityManager em;

    public DailyCounter(EntityManager em) {
        this.em = em;
    }

    /** Raises an existing row; empty when the day's row is not there yet. */
    public OptionalInt raise(String agencyCode, LocalDate day) {
        List<?> raised = em.createNativeQuery(returning(RAISE)).setParameter(1, agencyCode).setParameter(2, day)
                .getResultList();
        return raised.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) ((Object[]) raised.get(0))[2]).intValue());
    }

    /**
     * Raises two existing rows in one statement, each row's new value by its series; a series whose row
     * is not there yet is left out. Every caller names the rows in one statement, so they are locked in
     * the database's one scan order and two receptions never wait for each other crosswise.
     */
    public Map<Series, Integer> raise(Series first, Series second) {
        List<?> rows = em.createNativeQuery(returning(RAISE_BOTH)).setParameter(1, first.key())
                .setParameter(2, first.day()).setParameter(3, second.key()).setParameter(4, second.day()).getResultList();
        Map<Series, Integer> raised = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            raised.put(new Series((String) columns[0], day(columns[1])), ((Number) columns[2]).intValue());
        }
        return raised;
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
     * The raised values come back with the UPDATE: its row locks are held until commit, so every round
     * trip after it keeps the desk's other receptions waiting (PostgreSQL's RETURNING, H2's delta table).
     */
    private String returning(String update) {
        return em.unwrap(Session.class).getPlatform().isPostgreSQL() ? update + " RETURNING " + RAISED
                : "SELECT " + RAISED + " FROM FINAL TABLE (" + update + ")";
    }

    private static LocalDate day(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }
}

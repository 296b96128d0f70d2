package vn.motcua.queue.control;

import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * Calls a waiting ticket to a counter with one conditional UPDATE: it succeeds only while the ticket
 * is still ISSUED, and the database row lock makes a second counter's UPDATE wait and then find it
 * CALLED — so two counters pressing "next" at the same instant never get the same ticket, on one node
 * or several, with no JVM lock.
 */
public final class TicketClaim {

    private static final String CLAIM = "UPDATE queue_ticket SET status = 'CALLED', counter_id = ?1, officer = ?2,"
            + " call_count = 1, called_at = ?3, last_called_at = ?3, target_counter_id = NULL, version = version + 1"
            + " WHERE id = ?4 AND status = 'ISSUED'";

    private final EntityManager em;

    public TicketClaim(EntityManager em) {
        this.em = em;
    }

    public boolean claim(long ticketId, long counterId, String officer, Instant at) {
        return em.createNativeQuery(CLAIM).setParameter(1, counterId).setParameter(2, officer)
                .setParameter(3, java.sql.Timestamp.from(at)).setParameter(4, ticketId).executeUpdate() == 1;
    }
}

package vn.motcua.queue.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.Session;
import vn.motcua.queue.entity.PrintStatus;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.shared.entity.InstantConverter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes a new ticket (a Ticket as its constructor, fromKiosk, printFailed and forDossier leave it) with
 * the number its group's row was just raised to, in one INSERT … SELECT: between the raise and the commit
 * the row is locked for every kiosk of the group, and this keeps that to one statement, with no entity to
 * build, flush or clone from the shared cache while it is held.
 */
@Dependent
public class NewTickets {

    private static final String INSERT = "INSERT INTO queue_ticket (id, group_id, ticket_day, number, label, priority_code,"
            + " status, call_count, transfer_count, issued_at, dossier_code, kiosk, request_id, print_status,"
            + " print_attempts, print_error, version)"
            + " SELECT ?1, group_id, ticket_day, last_number, ?2, ?3,"
            + " 'ISSUED', 0, 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1"
            + " FROM queue_number WHERE group_id = ?11 AND ticket_day = ?12"
            + " AND NOT EXISTS (SELECT 1 FROM queue_ticket r WHERE r.request_id = ?7)";

    /** The paper of a new ticket: none (issued at a desk), failed at once (the kiosk has no printer) or pending. */
    public record Paper(PrintStatus status, int attempts, String error) {

        public static Paper of(String kiosk) {
            if (kiosk == null) {
                return new Paper(PrintStatus.NONE, 0, null);
            }
            if (TicketPrinters.addressOf(kiosk).isEmpty()) {
                // nothing to send it to: recorded at once, shown on the kiosk's screen and the console
                return new Paper(PrintStatus.FAILED, 1, "no printer configured for kiosk " + kiosk);
            }
            return new Paper(PrintStatus.PENDING, 0, null);
        }
    }

    private static final Object SEQUENCE = new Object();

    @PersistenceContext
    private EntityManager em;

    /** An id from the tickets' own sequence, as persisting a Ticket would take it. */
    public long nextId() {
        // one kiosk at a time into EclipseLink's lock of the sequence: its waiters poll the clock and are all woken
        // at each release, which with 64 kiosks cost a tenth of the issuing's CPU; a monitor hands it to one
        Session session = em.unwrap(Session.class);
        synchronized (SEQUENCE) {
            return session.getNextSequenceNumberValue(Ticket.class).longValue();
        }
    }

    /**
     * The ticket with the number last raised on its group's row of the day (QueueNumbers.raise); a kiosk request
     * that already has its ticket is refused here (the caller gives the number back), so the
     * new requests, nearly all of them, cost no read of their own before.
     *
     * @return false, with nothing written, when the kiosk request already has its ticket (a replay)
     */
    public boolean insert(long id, ServiceGroup.Terms group, int number, LocalDate day, Instant issuedAt, String priorityCode,
                       String kiosk, String requestId, String dossierCode) {
        Paper paper = Paper.of(kiosk);
        int written = em.createNativeQuery(INSERT).setParameter(1, id).setParameter(2, group.label(number))
                .setParameter(3, priorityCode).setParameter(4, new InstantConverter().convertToDatabaseColumn(issuedAt))
                .setParameter(5, dossierCode).setParameter(6, kiosk).setParameter(7, requestId)
                .setParameter(8, paper.status().name()).setParameter(9, paper.attempts()).setParameter(10, paper.error())
                .setParameter(11, group.id()).setParameter(12, day).executeUpdate();
        // the number row was just raised, so it is there: nothing written means the request id is already used
        return written == 1;
    }
}

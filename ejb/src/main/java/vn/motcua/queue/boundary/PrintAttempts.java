package vn.motcua.queue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.queue.entity.PrintStatus;
import vn.motcua.queue.entity.Ticket;

import java.util.logging.Logger;

/** Records a failed print in a transaction of its own, so it outlives the rollback that brings the command back. */
@Stateless
@PermitAll
public class PrintAttempts {

    private static final Logger LOG = Logger.getLogger(PrintAttempts.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** True while another attempt should follow; false once the ticket's print is FAILED for good. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(long ticketId, String error, int maxAttempts, boolean retryable) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || ticket.getPrintStatus() != PrintStatus.PENDING) {
            return false;
        }
        boolean last = !retryable || ticket.getPrintAttempts() + 1 >= maxAttempts;
        ticket.printFailed(error, last);
        if (last) {
            LOG.warning(() -> "Ticket " + ticket.getLabel() + " of kiosk " + ticket.getKiosk() + " not printed: " + error);
        }
        return !last;
    }
}

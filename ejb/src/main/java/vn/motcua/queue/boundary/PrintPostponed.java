package vn.motcua.queue.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A print attempt failed and another will follow: the consumer's transaction rolls back and the broker
 * redelivers the command after the queue's delay. The failure was recorded in a transaction of its own.
 */
@ApplicationException(rollback = true)
public class PrintPostponed extends RuntimeException {

    public PrintPostponed(long ticketId, Throwable cause) {
        super("ticket " + ticketId + " not printed, to be tried again: " + cause.getMessage(), cause);
    }
}

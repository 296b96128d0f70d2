package vn.motcua.queue.entity;

/** Where a ticket is: waiting, called to a counter, being served, served, or not there when called. */
public enum TicketStatus {
    ISSUED, CALLED, SERVING, DONE, NO_SHOW;

    public boolean atCounter() {
        return this == CALLED || this == SERVING;
    }
}

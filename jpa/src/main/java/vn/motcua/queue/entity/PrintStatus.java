package vn.motcua.queue.entity;

/** What became of a ticket's paper copy; the ticket is valid whatever this says. */
public enum PrintStatus {
    /** Issued by staff or in a test: no printer asked. */
    NONE,
    PENDING,
    PRINTED,
    /** The printer was off, out of paper, unreachable or not configured after the allowed attempts. */
    FAILED
}

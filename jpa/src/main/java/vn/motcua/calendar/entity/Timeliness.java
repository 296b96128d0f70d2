package vn.motcua.calendar.entity;

/**
 * How a dossier stands against its deadline, in the words of the control sheet (form 05, Circular
 * 01/2018/TT-VPCP) and of report II.06a: a resolved dossier was early, on time or late; one in
 * progress is within its deadline or overdue.
 */
public enum Timeliness {
    EARLY(true),
    ON_TIME(true),
    LATE(true),
    WITHIN_DEADLINE(false),
    OVERDUE(false);

    private final boolean resolved;

    Timeliness(boolean resolved) {
        this.resolved = resolved;
    }

    /** True for the values of a resolved dossier, false for those of a dossier in progress. */
    public boolean isResolved() {
        return resolved;
    }
}

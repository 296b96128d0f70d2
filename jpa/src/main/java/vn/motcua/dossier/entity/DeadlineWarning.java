package vn.motcua.dossier.entity;

/**
 * The warning the deadline job raised on a dossier or a task; it only ever rises, so each officer is
 * told once that something is due within one working day and once that it is overdue.
 */
public enum DeadlineWarning {
    DUE_SOON,
    OVERDUE;

    /** True when {@code next} is a stronger warning than {@code current} (none is weakest). */
    public static boolean rises(DeadlineWarning current, DeadlineWarning next) {
        return next != null && (current == null || next.ordinal() > current.ordinal());
    }
}

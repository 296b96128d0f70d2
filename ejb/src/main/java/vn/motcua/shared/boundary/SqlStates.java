package vn.motcua.shared.boundary;

import java.sql.SQLException;

/** What a database refusal means, read from its SQLSTATE, the same on H2 and PostgreSQL. */
public final class SqlStates {

    /** SQLSTATE of a unique-key violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    /** True when a unique key refused the write somewhere down the cause chain. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

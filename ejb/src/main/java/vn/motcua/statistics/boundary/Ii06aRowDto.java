package vn.motcua.statistics.boundary;

import java.io.Serializable;

/**
 * One row of report II.06a/VPCP/KSTT: a field (or the totals row, {@code fieldCode} null) with its
 * 13 columns. Every column is counted by its own SQL aggregate, so that the invariants below are a
 * check on the counting, not true by construction:
 * received = online + in person/postal + carried over; resolved = early + on time + late;
 * in progress = within deadline + overdue; received = resolved + in progress.
 */
public record Ii06aRowDto(int number, String fieldCode, String fieldName,
                          long received, long receivedOnline, long receivedInPerson, long carriedOver,
                          long resolved, long resolvedEarly, long resolvedOnTime, long resolvedLate,
                          long inProgress, long withinDeadline, long overdue) implements Serializable {

    /** The figures as the 11 numeric columns, in the report's order. */
    public long[] figures() {
        return new long[]{received, receivedOnline, receivedInPerson, carriedOver, resolved, resolvedEarly,
                resolvedOnTime, resolvedLate, inProgress, withinDeadline, overdue};
    }

    public static Ii06aRowDto of(int number, String fieldCode, String fieldName, long[] f) {
        return new Ii06aRowDto(number, fieldCode, fieldName, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                f[9], f[10]);
    }

    /** Column by column sum with another row; the number and field of this one. */
    public Ii06aRowDto plus(Ii06aRowDto other) {
        long[] a = figures();
        long[] b = other.figures();
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return of(number, fieldCode, fieldName, a);
    }

    /** The first invariant that fails, or null when the four hold. */
    public String brokenInvariant() {
        if (received != receivedOnline + receivedInPerson + carriedOver) {
            return "received";
        }
        if (resolved != resolvedEarly + resolvedOnTime + resolvedLate) {
            return "resolved";
        }
        if (inProgress != withinDeadline + overdue) {
            return "inProgress";
        }
        return received == resolved + inProgress ? null : "balance";
    }

    /** Share of resolved dossiers resolved early or on time, in percent; null when none was resolved. */
    public Double onTimeRate() {
        return resolved == 0 ? null : 100.0 * (resolvedEarly + resolvedOnTime) / resolved;
    }
}

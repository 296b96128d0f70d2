package vn.motcua.statistics.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.statistics.boundary.Ii06aRowDto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts report II.06a for a period and a set of desks with one aggregate query grouped by field: no
 * dossier is loaded. The rules it applies are those of the package description; each of the eleven
 * columns is its own conditional sum, so the invariants of {@link Ii06aRowDto} check the counting.
 */
public final class Ii06aQuery {

    /** Resolved in the period: the dossier's handling ended (returned, refused, stopped) before its end. */
    private static final String RESOLVED = "d.finishedAt < :end";
    private static final String RETURNED_AS = "d.status = :returned AND d.timeliness = ";
    /** Refused and stopped dossiers carry no timeliness: measured against the statutory due. */
    private static final String ENDED_BY_DUE = "d.status <> :returned AND d.finishedAt";
    private static final String IN_PROGRESS = "(d.finishedAt IS NULL OR d.finishedAt >= :end)";
    private static final String OVERDUE = "d.clock.statutoryDueAt < :asOf AND d.clock.pausedAt IS NULL";

    /**
     * When a dossier of the period counts in each of the eleven figures, in the report's column order
     * (received, online, in person/postal, carried over, resolved, early, on time, late, in progress,
     * within deadline, overdue); the drill-down lists a cell's dossiers by the same condition.
     */
    static final List<String> CONDITIONS = List.of("1 = 1",
            "d.receivedAt >= :start AND d.channel = :online",
            "d.receivedAt >= :start AND d.channel <> :online",
            "d.receivedAt < :start",
            RESOLVED,
            RESOLVED + " AND " + RETURNED_AS + ":early",
            RESOLVED + " AND ((" + RETURNED_AS + ":onTime) OR (" + ENDED_BY_DUE + " <= d.clock.statutoryDueAt))",
            RESOLVED + " AND ((" + RETURNED_AS + ":late) OR (" + ENDED_BY_DUE + " > d.clock.statutoryDueAt))",
            IN_PROGRESS,
            IN_PROGRESS + " AND NOT (" + OVERDUE + ")",
            IN_PROGRESS + " AND " + OVERDUE);

    static final String COLUMNS = CONDITIONS.stream().map(c -> "SUM(CASE WHEN " + c + " THEN 1 ELSE 0 END)")
            .collect(java.util.stream.Collectors.joining(", "));

    /** Received before the period's end and not finished before its start: the dossiers the period saw. */
    static final String IN_PERIOD = "d.desk.id IN :desks AND d.receivedAt < :end"
            + " AND (d.finishedAt IS NULL OR d.finishedAt >= :start)";

    private static final String BY_FIELD = "SELECT f.code, f.name, " + COLUMNS
            + " FROM Dossier d JOIN d.procedure p JOIN p.field f WHERE " + IN_PERIOD
            + " GROUP BY f.code, f.name ORDER BY f.code";
    /**
     * By the dossier's own columns only, no join per dossier (EclipseLink joins the agency and the procedure
     * for {@code d.desk.id} in a select list; COLUMN reads the key itself); procedures are folded into fields after.
     */
    private static final String BY_DESK_AND_PROCEDURE = "SELECT COLUMN('desk_id', d), COLUMN('procedure_id', d), "
            + COLUMNS + " FROM Dossier d WHERE " + IN_PERIOD + " GROUP BY COLUMN('desk_id', d), COLUMN('procedure_id', d)";
    private static final String FIELD_OF_PROCEDURE = "SELECT p.id, f.code, f.name FROM Procedure p JOIN p.field f";
    private static final String TOTAL = "SELECT " + COLUMNS + " FROM Dossier d WHERE " + IN_PERIOD;
    private static final String CELL = "SELECT d.code.value FROM Dossier d JOIN d.procedure p JOIN p.field f WHERE "
            + IN_PERIOD + " AND (:field IS NULL OR f.code = :field) AND ";

    private final EntityManager em;
    private final Set<Long> desks;

    /** @param desks the agencies whose desks' dossiers count: an agency and its subtree */
    public Ii06aQuery(EntityManager em, Collection<Long> desks) {
        this.em = em;
        // an empty IN list is not valid SQL everywhere: -1 is no agency's id
        this.desks = desks.isEmpty() ? Set.of(-1L) : Set.copyOf(desks);
    }

    /**
     * The rows by field for [start, end), in field code order and numbered from 1; {@code now} decides
     * overdue for a period not yet over (a dossier is overdue at the period's end, or now if sooner).
     */
    public List<Ii06aRowDto> byField(Instant start, Instant end, Instant now) {
        List<Ii06aRowDto> rows = new ArrayList<>();
        for (Object[] row : bind(em.createQuery(BY_FIELD, Object[].class), start, end, now).getResultList()) {
            rows.add(Ii06aRowDto.of(rows.size() + 1, (String) row[0], (String) row[1], figures(row, 2)));
        }
        return rows;
    }

    /**
     * The rows by desk and field, desk by desk in id order, fields in code order, each numbered within its
     * desk: what the provincial job stores, one scan for a whole set of desks. Counted by desk and
     * procedure, then each procedure's figures added to its field's: the sums are the same, and the scan
     * of a million dossiers joins nothing (a partition of the job scans the table for its desks alone).
     */
    public Map<Long, List<Ii06aRowDto>> byDeskAndField(Instant start, Instant end, Instant now) {
        Map<Long, Object[]> fieldOf = new java.util.HashMap<>();
        em.createQuery(FIELD_OF_PROCEDURE, Object[].class).getResultList()
                .forEach(p -> fieldOf.put(((Number) p[0]).longValue(), p));
        Map<Long, Map<String, Ii06aRowDto>> byDesk = new java.util.TreeMap<>();
        for (Object[] row : bind(em.createQuery(BY_DESK_AND_PROCEDURE, Object[].class), start, end, now).getResultList()) {
            Object[] field = fieldOf.get(((Number) row[1]).longValue());
            byDesk.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.TreeMap<>()).merge(
                    (String) field[1], Ii06aRowDto.of(0, (String) field[1], (String) field[2], figures(row, 2)),
                    Ii06aRowDto::plus);
        }
        Map<Long, List<Ii06aRowDto>> rows = new java.util.LinkedHashMap<>();
        byDesk.forEach((desk, fields) -> {
            List<Ii06aRowDto> numbered = rows.computeIfAbsent(desk, k -> new ArrayList<>());
            fields.values().forEach(row -> numbered.add(Ii06aRowDto.of(numbered.size() + 1, row.fieldCode(),
                    row.fieldName(), row.figures())));
        });
        return rows;
    }

    /** The totals row alone, without grouping: the month-by-month trend asks for it once a month. */
    public Ii06aRowDto total(Instant start, Instant end, Instant now) {
        return Ii06aRowDto.of(0, null, null, figures(bind(em.createQuery(TOTAL, Object[].class), start, end, now)
                .getSingleResult(), 0));
    }

    /**
     * The codes of the dossiers behind one figure (column 0–10 as in {@link #CONDITIONS}) of a field, or
     * of the totals row for a null field: the same condition as the count, oldest reception first.
     */
    public List<String> dossiers(String fieldCode, int column, Instant start, Instant end, Instant now, int max) {
        if (column < 0 || column >= CONDITIONS.size()) {
            throw new IllegalArgumentException("II.06a has eleven figures: " + column);
        }
        return bind(em.createQuery(CELL + CONDITIONS.get(column) + " ORDER BY d.receivedAt, d.id", String.class),
                start, end, now).setParameter("field", fieldCode).setMaxResults(max).getResultList();
    }

    static <T> TypedQuery<T> period(TypedQuery<T> query, Instant start, Instant end, Instant now) {
        Map<String, Object> values = Map.of("start", start, "end", end, "asOf", now.isBefore(end) ? now : end,
                "online", Channel.ONLINE, "returned", DossierStatus.RETURNED, "early", Timeliness.EARLY,
                "onTime", Timeliness.ON_TIME, "late", Timeliness.LATE);
        // a drill-down's condition names only some of them
        query.getParameters().stream().map(Parameter::getName).filter(values::containsKey)
                .forEach(name -> query.setParameter(name, values.get(name)));
        return query;
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, Instant start, Instant end, Instant now) {
        return period(query, start, end, now).setParameter("desks", desks);
    }

    /** The eleven counts from {@code at} on; SUM over no rows is null. */
    static long[] figures(Object[] row, int at) {
        long[] figures = new long[11];
        for (int i = 0; i < figures.length; i++) {
            Object value = row[at + i];
            figures[i] = value == null ? 0 : ((Number) value).longValue();
        }
        return figures;
    }
}

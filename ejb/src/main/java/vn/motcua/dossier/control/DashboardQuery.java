package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.motcua.dossier.boundary.DashboardDto;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The direction dashboard (bảng điều hành) of a leader's agencies: every figure is one aggregate
 * query (GROUP BY or conditional sums), so no dossier or task is loaded, whatever the office's size.
 * The delays — bottleneck steps and the overdue list — come from {@link DelayQuery}.
 */
public final class DashboardQuery {

    /** What staff read for tasks nobody holds yet. */
    public static final String UNASSIGNED = "Chưa phân công";
    /** Upper bounds, in calendar days since reception, of the aging buckets 0–2, 3–5, 6–10, 11–20; then more. */
    private static final int[] AGE_LIMITS = {2, 5, 10, 20};
    private static final String OVERDUE_TASK = "CASE WHEN t.dueAt < :now AND d.clock.pausedAt IS NULL THEN 1 ELSE 0 END";

    private final EntityManager em;
    private final Set<Long> scope;
    private final Instant now;

    /** @param scope the agencies the leader leads, with everything below them (AgencyScope) */
    public DashboardQuery(EntityManager em, Set<Long> scope, Instant now) {
        this.em = em;
        // an empty IN list is not valid SQL everywhere: -1 is no agency's id
        this.scope = scope.isEmpty() ? Set.of(-1L) : Set.copyOf(scope);
        this.now = now;
    }

    /** The dashboard for dossiers received from..to (whole Vietnam days); null days mean this year so far. */
    public DashboardDto dashboard(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.VIETNAM);
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today : to;
        DossierQuery.checkPeriod(first, last, now);
        Instant start = DossierQuery.startOf(first);
        Instant end = DossierQuery.startOf(last.plusDays(1));
        DelayQuery delays = new DelayQuery(em, scope, now);
        return new DashboardDto(first, last, now, statuses(start, end), departments(), officers(), aging(today),
                delays.bottlenecks(), delays.overdue());
    }

    /** Dossiers received in the period by their status now, every status listed. */
    List<DashboardDto.StatusCount> statuses(Instant start, Instant end) {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        Arrays.stream(DossierStatus.values()).forEach(status -> counts.put(status, 0L));
        scoped(em.createQuery("SELECT d.status, COUNT(d) FROM Dossier d WHERE d.receivedAt >= :start"
                + " AND d.receivedAt < :end AND " + DossierVisibility.DOSSIER_IN_SCOPE + " GROUP BY d.status",
                Object[].class))
                .setParameter("start", start).setParameter("end", end).getResultList()
                .forEach(row -> counts.put((DossierStatus) row[0], ((Number) row[1]).longValue()));
        return counts.entrySet().stream().map(e -> new DashboardDto.StatusCount(e.getKey().name(), e.getValue())).toList();
    }

    /** Open tasks by the department that holds them, the busiest first. */
    List<DashboardDto.Load> departments() {
        return scoped(em.createQuery("SELECT g.code, g.name, COUNT(t), SUM(" + OVERDUE_TASK + ") FROM DossierTask t"
                + " JOIN t.agency g JOIN t.dossier d WHERE t.closedAt IS NULL AND g.id IN :scope GROUP BY g.code, g.name",
                Object[].class)).setParameter("now", now).getResultStream()
                .map(r -> new DashboardDto.Load((String) r[0], (String) r[1], count(r[2]), count(r[3])))
                .sorted(Comparator.comparingLong(DashboardDto.Load::openTasks).reversed()
                        .thenComparing(DashboardDto.Load::key))
                .toList();
    }

    /** Open tasks of the departments by the officer who holds them; those nobody holds come last. */
    List<DashboardDto.Load> officers() {
        List<Object[]> rows = scoped(em.createQuery("SELECT t.assignee, COUNT(t), SUM(" + OVERDUE_TASK + ")"
                + " FROM DossierTask t JOIN t.dossier d WHERE t.closedAt IS NULL AND t.agency.id IN :scope"
                + " GROUP BY t.assignee", Object[].class)).setParameter("now", now).getResultList();
        Map<String, String> names = DelayQuery.officerNames(em, rows.stream().map(r -> (String) r[0]).toList());
        return rows.stream()
                .map(r -> new DashboardDto.Load((String) r[0], r[0] == null ? UNASSIGNED
                        : names.getOrDefault((String) r[0], (String) r[0]), count(r[1]), count(r[2])))
                .sorted(Comparator.comparing((DashboardDto.Load load) -> load.key() == null)
                        .thenComparing(Comparator.comparingLong(DashboardDto.Load::openTasks).reversed())
                        .thenComparing(DashboardDto.Load::name))
                .toList();
    }

    /** Running dossiers by calendar days since their reception day: 0–2, 3–5, 6–10, 11–20, more than 20. */
    List<DashboardDto.AgeBucket> aging(LocalDate today) {
        TypedQuery<Object[]> query = scoped(em.createQuery("SELECT"
                + " SUM(CASE WHEN d.receivedAt >= :age0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.receivedAt < :age0 AND d.receivedAt >= :age1 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.receivedAt < :age1 AND d.receivedAt >= :age2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.receivedAt < :age2 AND d.receivedAt >= :age3 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.receivedAt < :age3 THEN 1 ELSE 0 END)"
                + " FROM Dossier d WHERE d.status IN :running AND " + DossierVisibility.DOSSIER_IN_SCOPE, Object[].class))
                .setParameter("running", DelayQuery.RUNNING);
        for (int i = 0; i < AGE_LIMITS.length; i++) {
            // received on or after the start of the day AGE_LIMITS[i] days ago: at most that many days old
            query.setParameter("age" + i, DossierQuery.startOf(today.minusDays(AGE_LIMITS[i])));
        }
        Object[] counts = query.getSingleResult();
        return IntStream.rangeClosed(0, AGE_LIMITS.length)
                .mapToObj(i -> new DashboardDto.AgeBucket(i == 0 ? 0 : AGE_LIMITS[i - 1] + 1,
                        i == AGE_LIMITS.length ? null : AGE_LIMITS[i], count(counts[i])))
                .toList();
    }

    private <T> TypedQuery<T> scoped(TypedQuery<T> query) {
        return query.setParameter("scope", scope);
    }

    /** SUM over no rows is null. */
    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

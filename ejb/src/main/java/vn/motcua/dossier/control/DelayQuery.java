package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import vn.motcua.dossier.boundary.DashboardDto;
import vn.motcua.dossier.entity.DossierStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a leader's agencies lose time: the workflow steps with the most overdue and open tasks, and the
 * running dossiers past their appointment with who holds them. A step's duration is in calendar hours of
 * the tasks closed in the last {@link #RECENT}, summed by the database: working hours would need every
 * closed task through the calendar engine, and a year of them took 3 s on a million dossiers.
 */
final class DelayQuery {

    static final Set<DossierStatus> RUNNING = Arrays.stream(DossierStatus.values()).filter(DossierStatus::isRunning)
            .collect(Collectors.toUnmodifiableSet());
    static final int BOTTLENECKS = 10;
    static final int OVERDUE_LIST = 50;
    static final Duration RECENT = Duration.ofDays(30);

    private final EntityManager em;
    private final Set<Long> scope;
    private final Instant now;

    DelayQuery(EntityManager em, Set<Long> scope, Instant now) {
        this.em = em;
        this.scope = scope;
        this.now = now;
    }

    /**
     * Steps (name and department) by overdue open tasks, then open tasks: the ten worst, with the
     * average time of their recent closed tasks. EXTRACT(EPOCH …) reads alike in H2 and PostgreSQL.
     */
    List<DashboardDto.Bottleneck> bottlenecks() {
        List<Object[]> rows = em.createQuery("SELECT s.name, g.code, g.name,"
                        + " SUM(CASE WHEN t.closedAt IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN t.closedAt IS NULL AND t.dueAt < :now AND d.clock.pausedAt IS NULL"
                        + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN t.closedAt IS NULL THEN 0 ELSE 1 END),"
                        + " SUM(CASE WHEN t.closedAt IS NULL THEN 0 ELSE"
                        + " SQL('EXTRACT(EPOCH FROM ?) - EXTRACT(EPOCH FROM ?)', t.closedAt, t.openedAt) END)"
                        + " FROM DossierTask t JOIN t.agency g JOIN t.dossier d JOIN d.procedure p JOIN p.workflow w"
                        + " JOIN w.steps s WHERE s.position = t.step AND g.id IN :scope"
                        + " AND (t.closedAt IS NULL OR t.closedAt >= :recent)"
                        + " GROUP BY s.name, g.code, g.name", Object[].class)
                .setParameter("scope", scope).setParameter("now", now).setParameter("recent", now.minus(RECENT))
                .getResultList();
        return rows.stream()
                .map(r -> {
                    long closed = DashboardQuery.count(r[5]);
                    Double hours = closed == 0 ? null : ((Number) r[6]).doubleValue() / 3600 / closed;
                    return new DashboardDto.Bottleneck((String) r[0], (String) r[1], (String) r[2],
                            DashboardQuery.count(r[3]), DashboardQuery.count(r[4]), closed, hours);
                })
                .sorted(Comparator.comparingLong(DashboardDto.Bottleneck::overdueTasks)
                        .thenComparingLong(DashboardDto.Bottleneck::openTasks).reversed()
                        .thenComparing(DashboardDto.Bottleneck::agencyCode)
                        .thenComparing(DashboardDto.Bottleneck::stepName))
                .limit(BOTTLENECKS)
                .toList();
    }

    /** Running dossiers past their appointment, the longest overdue first; paused ones wait for the applicant. */
    List<DashboardDto.OverdueDossier> overdue() {
        List<Object[]> rows = em.createQuery("SELECT d.id, d.code.value, p.name, a.fullName, d.receivedAt,"
                        + " d.clock.appointmentAt, k.name FROM Dossier d JOIN d.procedure p JOIN d.applicant a"
                        + " JOIN d.desk k WHERE d.status IN :running AND d.clock.pausedAt IS NULL"
                        + " AND d.clock.appointmentAt < :now AND " + DossierVisibility.DOSSIER_IN_SCOPE
                        + " ORDER BY d.clock.appointmentAt, d.id", Object[].class)
                .setParameter("running", RUNNING).setParameter("now", now).setParameter("scope", scope)
                .setMaxResults(OVERDUE_LIST).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object[]> open = em.createQuery("SELECT t.dossier.id, g.name, t.assignee FROM DossierTask t"
                        + " JOIN t.agency g WHERE t.dossier.id IN :dossiers AND t.closedAt IS NULL ORDER BY t.step",
                        Object[].class)
                .setParameter("dossiers", rows.stream().map(r -> (Long) r[0]).toList()).getResultList();
        Map<String, String> names = officerNames(em, open.stream().map(r -> (String) r[2]).toList());
        Map<Long, List<DashboardDto.Holder>> holders = new HashMap<>();
        for (Object[] task : open) {
            holders.computeIfAbsent((Long) task[0], k -> new ArrayList<>()).add(new DashboardDto.Holder((String) task[1],
                    task[2] == null ? null : names.getOrDefault((String) task[2], (String) task[2])));
        }
        return rows.stream().map(r -> new DashboardDto.OverdueDossier((String) r[1], (String) r[2], (String) r[3],
                        (Instant) r[4], (Instant) r[5],
                        holders.getOrDefault((Long) r[0], List.of(new DashboardDto.Holder((String) r[6], null)))))
                .toList();
    }

    /** Full names by user name; a name no officer has is left out. */
    static Map<String, String> officerNames(EntityManager em, Collection<String> usernames) {
        List<String> known = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT o.username, o.fullName FROM Officer o WHERE o.username IN :names", Object[].class)
                .setParameter("names", known).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }
}

package vn.motcua.statistics.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.statistics.boundary.DashboardFiguresDto.LateStep;
import vn.motcua.statistics.boundary.DashboardFiguresDto.StepFigure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where dossiers stall: the workflow steps (form 05 hand-offs) closed in a period on dossiers of the
 * desks, by department and by officer, with those closed after their step's due; and the late ones by
 * officer and step. One aggregate query each.
 */
public final class StepFigures {

    private static final String LATE = "SUM(CASE WHEN t.timeliness = :late THEN 1 ELSE 0 END)";
    private static final String CLOSED_IN_PERIOD = "t.closedAt >= :start AND t.closedAt < :end AND d.desk.id IN :desks";
    private static final String BY_DEPARTMENT = "SELECT g.code, g.name, COUNT(t), " + LATE
            + " FROM DossierTask t JOIN t.agency g JOIN t.dossier d WHERE " + CLOSED_IN_PERIOD
            + " GROUP BY g.code, g.name ORDER BY g.code";
    private static final String BY_OFFICER = "SELECT o.username, o.fullName, COUNT(t), " + LATE
            + " FROM DossierTask t JOIN t.dossier d, Officer o WHERE o.username = t.closedBy AND " + CLOSED_IN_PERIOD
            + " GROUP BY o.username, o.fullName ORDER BY o.username";
    private static final String LATE_STEPS = "SELECT o.username, o.fullName, p.code, t.step, COUNT(t)"
            + " FROM DossierTask t JOIN t.dossier d JOIN d.procedure p, Officer o WHERE o.username = t.closedBy"
            + " AND t.timeliness = :late AND " + CLOSED_IN_PERIOD
            + " GROUP BY o.username, o.fullName, p.code, t.step ORDER BY COUNT(t) DESC, o.username, p.code, t.step";

    private final EntityManager em;
    private final Set<Long> desks;
    private final Instant start;
    private final Instant end;

    public StepFigures(EntityManager em, Collection<Long> desks, Instant start, Instant end) {
        this.em = em;
        this.desks = desks.isEmpty() ? Set.of(-1L) : Set.copyOf(desks);
        this.start = start;
        this.end = end;
    }

    public List<StepFigure> byDepartment() {
        return figures(BY_DEPARTMENT);
    }

    public List<StepFigure> byOfficer() {
        return figures(BY_OFFICER);
    }

    public List<LateStep> lateSteps(int max) {
        return bind(em.createQuery(LATE_STEPS, Object[].class)).setMaxResults(max).getResultStream()
                .map(r -> new LateStep((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                        ((Number) r[4]).longValue()))
                .toList();
    }

    private List<StepFigure> figures(String jpql) {
        return bind(em.createQuery(jpql, Object[].class)).getResultStream()
                .map(r -> new StepFigure((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        r[3] == null ? 0 : ((Number) r[3]).longValue()))
                .toList();
    }

    private TypedQuery<Object[]> bind(TypedQuery<Object[]> query) {
        return query.setParameter("late", Timeliness.LATE).setParameter("start", start).setParameter("end", end)
                .setParameter("desks", desks);
    }
}

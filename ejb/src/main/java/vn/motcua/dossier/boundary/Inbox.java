package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.catalog.entity.SearchText;
import vn.motcua.dossier.control.DeadlineLevel;
import vn.motcua.dossier.control.DossierVisibility;
import vn.motcua.dossier.entity.DeadlineWarning;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierTask;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A department's open tasks, a page at a time: those of the officer's own role in their agencies,
 * and all of them for the agencies they lead. Only the page's rows are read and coloured.
 */
@Stateless
@RolesAllowed({"RECEPTION", "SPECIALIST", "LEADER", "CLERK"})
public class Inbox {

    /** The columns a page may be sorted by; anything else sorts by the step's due. */
    private static final Map<String, String> SORTS = Map.of(
            "stepDueAt", "t.dueAt", "appointmentAt", "d.clock.appointmentAt", "openedAt", "t.openedAt",
            "dossierCode", "d.code.value", "applicantName", "a.searchName");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * @param text    part of a dossier code, or of the applicant's name (accents optional)
     * @param mine    only the tasks assigned to or taken by the signed-in officer
     * @param warning only tasks warned at least this strongly (DUE_SOON includes OVERDUE); null for all
     */
    public PageDto<InboxRowDto> page(String text, boolean mine, DeadlineWarning warning, int first, int size,
                                     String sortBy, boolean ascending) {
        String officer = session.getCallerPrincipal().getName();
        DossierVisibility visibility = new DossierVisibility(em, officer);
        StringBuilder where = new StringBuilder(" WHERE t.closedAt IS NULL AND ").append(visibility.taskCondition());
        String folded = SearchText.fold(text);
        if (!folded.isEmpty()) {
            where.append(" AND (LOWER(d.code.value) LIKE :text OR a.searchName LIKE :text)");
        }
        if (mine) {
            where.append(" AND t.assignee = :officer");
        }
        if (warning != null) {
            where.append(warning == DeadlineWarning.OVERDUE ? " AND (t.dueAt < :now OR d.clock.appointmentAt < :now)"
                    : " AND (t.warning IS NOT NULL OR d.warning IS NOT NULL OR t.dueAt < :now)");
        }
        String from = " FROM DossierTask t JOIN t.dossier d JOIN d.applicant a";
        Instant now = clock.instant();
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(t)" + from + where, Long.class), visibility,
                folded, mine, warning, officer, now);
        String order = " ORDER BY " + (sortBy == null ? "t.dueAt" : SORTS.getOrDefault(sortBy, "t.dueAt")) + (ascending ? " ASC" : " DESC") + ", t.id";
        TypedQuery<DossierTask> rows = bind(em.createQuery("SELECT t" + from + where + order, DossierTask.class),
                visibility, folded, mine, warning, officer, now);
        rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(size, 1), 200));
        return new PageDto<>(rows.getResultList().stream().map(t -> row(t, now)).toList(), count.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, DossierVisibility visibility, String folded, boolean mine,
                                          DeadlineWarning warning, String officer, Instant now) {
        visibility.bindTasks(query);
        if (!folded.isEmpty()) {
            query.setParameter("text", "%" + folded.replace("%", "").replace("_", "") + "%");
        }
        if (mine) {
            query.setParameter("officer", officer);
        }
        if (warning != null) {
            query.setParameter("now", now);
        }
        return query;
    }

    private InboxRowDto row(DossierTask task, Instant now) {
        Dossier dossier = task.getDossier();
        boolean paused = dossier.getClock().isPaused();
        return new InboxRowDto(task.getId(), dossier.getVersion(), dossier.getCode().value(),
                dossier.getProcedure().getName(), dossier.getApplicant().getFullName(), task.getStep(),
                dossier.getProcedure().getWorkflow().getSteps().get(task.getStep() - 1).getName(),
                task.getAgency().getName(), task.getAssignee(), dossier.getStatus().name(), task.getOpenedAt(),
                task.getDueAt(), dossier.getAppointmentAt(),
                DeadlineLevel.of(calendars, dossier.getDesk().getCode(), now, dossier.getAppointmentAt(), paused).name(),
                DeadlineLevel.of(calendars, task.getAgency().getCode(), now, task.getDueAt(), paused).name());
    }
}

package vn.motcua.dossier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.control.DeadlineEngine;
import vn.motcua.calendar.entity.StatutoryDuration;
import vn.motcua.dossier.control.Dispatch;
import vn.motcua.dossier.control.Leaders;
import vn.motcua.dossier.entity.DeadlineWarning;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.dossier.entity.Notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every few minutes, marks the dossiers and steps due within one working day or overdue and tells
 * the officers holding them and their leaders, once per level. Only rows whose due falls before a
 * horizon are read, through the (status, appointment_at) and (closed_at, due_at) indexes — never a
 * scan of every open dossier.
 */
@Singleton
@PermitAll
public class DeadlineWarnings {

    /** Another agency's calendar may put its next working day a little later than the national one. */
    private static final Duration MARGIN = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Dispatch dispatch;

    @Inject
    private Clock clock;

    /** What one run warned about. */
    public record Outcome(int dossiers, int tasks) {
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "dossier deadline warnings")
    void everyFiveMinutes() {
        warn(clock.instant());
    }

    /** One run as of {@code now}; an administrator may start one by hand. */
    @RolesAllowed("ADMIN")
    public Outcome runAsOf(Instant now) {
        return warn(now);
    }

    private Outcome warn(Instant now) {
        Instant horizon = calendars.due(null, now, StatutoryDuration.workingDays(1)).plus(MARGIN);
        Leaders leaders = new Leaders(em);
        int dossiers = 0;
        for (Dossier dossier : em.createNamedQuery("Dossier.runningDueBefore", Dossier.class)
                .setParameter("statuses", EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS))
                .setParameter("horizon", horizon).setParameter("strongest", DeadlineWarning.OVERDUE).getResultList()) {
            DeadlineWarning level = level(dossier.getDesk(), now, dossier.getAppointmentAt());
            if (dossier.warn(level)) {
                List<DossierTask> open = em.createNamedQuery("DossierTask.openOf", DossierTask.class)
                        .setParameter("dossier", dossier).getResultList();
                Set<String> told = new LinkedHashSet<>();
                open.forEach(t -> told.addAll(holders(leaders, t)));
                tell(told, dossier, level, "Hồ sơ", dossier.getAppointmentAt(), now);
                dossiers++;
            }
        }
        int tasks = 0;
        for (DossierTask task : em.createNamedQuery("DossierTask.openDueBefore", DossierTask.class)
                .setParameter("horizon", horizon).setParameter("strongest", DeadlineWarning.OVERDUE).getResultList()) {
            if (task.getDossier().getClock().isPaused()) {
                continue;
            }
            DeadlineWarning level = level(task.getAgency(), now, task.getDueAt());
            if (task.warn(level)) {
                tell(holders(leaders, task), task.getDossier(), level, "Bước " + task.getStep() + " của hồ sơ",
                        task.getDueAt(), now);
                tasks++;
            }
        }
        return new Outcome(dossiers, tasks);
    }

    private DeadlineWarning level(Agency agency, Instant now, Instant due) {
        DeadlineEngine engine = calendars.engineFor(agency.getCode());
        if (now.isAfter(due)) {
            return DeadlineWarning.OVERDUE;
        }
        return engine.dueWithinOneWorkingDay(now, due) ? DeadlineWarning.DUE_SOON : null;
    }

    private static Set<String> holders(Leaders leaders, DossierTask task) {
        Set<String> holders = new LinkedHashSet<>(leaders.of(task.getAgency()));
        if (task.getAssignee() != null) {
            holders.add(task.getAssignee());
        }
        return holders;
    }

    private void tell(Set<String> officers, Dossier dossier, DeadlineWarning level, String what, Instant due,
                      Instant now) {
        String code = dossier.getCode().value();
        String when = Dispatch.format(due);
        String body = level == DeadlineWarning.OVERDUE ? what + " " + code + " đã quá hạn (hạn " + when + ")."
                : what + " " + code + " đến hạn trong vòng một ngày làm việc (hạn " + when + ").";
        dispatch.notifyOfficers(officers, code,
                level == DeadlineWarning.OVERDUE ? Notification.Topic.OVERDUE : Notification.Topic.DUE_SOON, body, now);
    }
}

package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.dossier.control.Attachments;
import vn.motcua.dossier.control.Dispatch;
import vn.motcua.dossier.control.HandOffs;
import vn.motcua.dossier.control.IssuedForms;
import vn.motcua.dossier.control.StepAuthority;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.dossier.entity.Notification;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What the one-stop desk does with a dossier outside the department steps: receive the supplement
 * (the clock resumes), stop on the applicant's request, apologise and reschedule (form 04), and hand
 * over the result. Each call names the dossier version the officer saw.
 */
@Stateless
@RolesAllowed({"RECEPTION", "LEADER"})
public class DeskActions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HandOffs handOffs;

    @Inject
    private Attachments attachments;

    @Inject
    private IssuedForms forms;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Dispatch dispatch;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * The applicant brought what form 02 asked for: the dues move by the pause (Decree 61/2018/NĐ-CP
     * Art. 19: the supplement time does not count), and so do the open steps' budgets.
     */
    @RolesAllowed("RECEPTION")
    public void supplementReceived(String code, long seenVersion, String note, List<FileUploadDto> files) {
        Dossier dossier = atDesk(code, seenVersion, Role.RECEPTION);
        Instant now = clock.instant();
        Instant pausedAt = dossier.getClock().getPausedAt();
        String desk = dossier.getDesk().getCode();
        if (pausedAt != null) {
            for (DossierTask task : em.createNamedQuery("DossierTask.openOf", DossierTask.class)
                    .setParameter("dossier", dossier).getResultList()) {
                task.reschedule(calendars.resume(task.getAgency().getCode(), pausedAt, now, task.getDueAt()));
            }
        }
        List<DossierDocument> added = attachments.add(dossier, DossierDocument.Kind.SUPPLEMENT, files,
                dossier.getCurrentStep(), officer(), now);
        handOffs.apply(dossier, officer(), DossierAction.SUPPLEMENT_RECEIVED, Attachments.ids(added), now,
                d -> d.supplementReceived(now, calendars.resume(desk, pausedAt == null ? now : pausedAt, now,
                        d.getAppointmentAt()), calendars.resume(desk, pausedAt == null ? now : pausedAt, now,
                        d.getStatutoryDueAt())));
        audit.record(officer(), "DOSSIER_SUPPLEMENT_RECEIVED", code, note);
    }

    /** Dừng giải quyết on the applicant's written request (Decree 118/2025/NĐ-CP Art. 21). */
    @RolesAllowed("RECEPTION")
    public void stopOnRequest(String code, long seenVersion, String reason) {
        Dossier dossier = atDesk(code, seenVersion, Role.RECEPTION);
        Instant now = clock.instant();
        handOffs.apply(dossier, officer(), DossierAction.STOP_ON_REQUEST, null, now,
                d -> d.stopOnRequest(reason, now));
        audit.record(officer(), "DOSSIER_STOP_ON_REQUEST", code, reason);
        dispatch.notifyApplicant(dossier, Notification.Topic.STOPPED,
                "Hồ sơ " + code + " đã dừng giải quyết theo đề nghị của ông/bà.", now);
    }

    /**
     * Phiếu xin lỗi và hẹn lại ngày trả kết quả (form 04): once, at least one working day before the
     * appointment; signed by a leader over the desk or the reception officer on their behalf.
     */
    public IssuedFormDto apologise(String code, long seenVersion, Instant newAppointment, String reason) {
        Dossier dossier = atDesk(code, seenVersion, Role.RECEPTION, Role.LEADER);
        if (newAppointment == null || reason == null || reason.isBlank()) {
            throw new BusinessException("dossier.apology.incomplete");
        }
        Instant now = clock.instant();
        Instant previous = dossier.getAppointmentAt();
        String desk = dossier.getDesk().getCode();
        boolean aWorkingDayAhead = !now.isAfter(previous) && !calendars.dueWithinOneWorkingDay(desk, previous);
        handOffs.apply(dossier, officer(), DossierAction.APOLOGISE, null, now,
                d -> d.apologise(newAppointment, now, aWorkingDayAhead));
        audit.record(officer(), "DOSSIER_APOLOGISE", code, reason);
        dispatch.notifyApplicant(dossier, Notification.Topic.RESCHEDULED, "Cơ quan xin lỗi vì hồ sơ " + code
                + " chậm trễ; ngày hẹn trả mới: " + Dispatch.format(newAppointment) + ".", now);
        return forms.apology(dossier, previous, reason, officer(), now);
    }

    /**
     * Trả kết quả after checking the collector's identity document; the dossier closes early, on time
     * or late against its appointment, rescheduled or not.
     */
    @RolesAllowed("RECEPTION")
    public Timeliness returnResult(String code, long seenVersion, String collector, boolean idChecked) {
        Dossier dossier = atDesk(code, seenVersion, Role.RECEPTION);
        Instant now = clock.instant();
        Timeliness timeliness = calendars.classifyResolved(dossier.getDesk().getCode(), now, dossier.getAppointmentAt());
        handOffs.apply(dossier, officer(), DossierAction.RETURN_RESULT, null, now,
                d -> d.returnResult(collector == null ? null : collector.strip(), idChecked, now, timeliness));
        audit.record(officer(), "DOSSIER_RETURN_RESULT", code, timeliness.name());
        // Decree 61/2018 Art. 33: the applicant is asked how the dossier was handled, by the rating link
        dispatch.notifyApplicant(dossier, Notification.Topic.RETURNED, "Hồ sơ " + code + " đã trả kết quả.", now);
        return timeliness;
    }

    private Dossier atDesk(String code, long seenVersion, Role... roles) {
        Dossier dossier = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("dossier.notFound", String.valueOf(code)));
        new StepAuthority(em, officer()).requireAny(dossier.getDesk(), roles);
        return handOffs.current(dossier, seenVersion);
    }

    private String officer() {
        return session.getCallerPrincipal().getName();
    }
}

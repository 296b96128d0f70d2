package vn.motcua.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.dossier.control.Attachments;
import vn.motcua.dossier.control.Dispatch;
import vn.motcua.dossier.control.DossierException;
import vn.motcua.dossier.control.HandOffs;
import vn.motcua.dossier.control.IssuedForms;
import vn.motcua.dossier.control.StepAuthority;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.dossier.entity.Notification;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What an officer does with a dossier at a workflow step of their department (Decree 61/2018/NĐ-CP
 * Art. 20–21): take it, assign it, record work, hand it on, send it back, ask for a supplement,
 * approve or refuse. Every call names the dossier version the officer saw; a stale screen is refused.
 */
@Stateless
@RolesAllowed({"RECEPTION", "SPECIALIST", "LEADER", "CLERK"})
public class StepActions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HandOffs handOffs;

    @Inject
    private Attachments attachments;

    @Inject
    private IssuedForms forms;

    @Inject
    private Dispatch dispatch;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Nhận hồ sơ: the officer takes the task. */
    public void accept(long taskId, long seenVersion) {
        Step step = step(taskId, seenVersion);
        try {
            step.task.accept(step.officer(), step.at);
        } catch (DossierRuleException refusal) {
            throw DossierException.of(refusal);
        }
        step.activity(DossierAction.ACCEPT, null, null);
    }

    /** Phân công: a leader of the department gives the task to an officer holding the step's role there. */
    public void assign(long taskId, long seenVersion, String assignee) {
        Step step = step(taskId, seenVersion);
        if (!step.authority.leads(step.task.getAgency())) {
            throw new BusinessException("task.assignLeaderOnly");
        }
        if (assignee == null || !new StepAuthority(em, assignee).holds(step.task.getRole(), step.task.getAgency())) {
            throw new BusinessException("task.assigneeOutOfScope", String.valueOf(assignee));
        }
        step.task.assign(assignee);
        step.activity(DossierAction.ASSIGN, assignee, null);
        dispatch.notifyOfficers(List.of(assignee), step.code(), Notification.Topic.ASSIGNED,
                "Hồ sơ " + step.code() + " được phân công cho anh/chị.", step.at);
    }

    /** Cập nhật kết quả xử lý: a note, working papers, or the result document to be returned. */
    public void recordWork(long taskId, long seenVersion, String note, List<FileUploadDto> files, boolean result) {
        Step step = step(taskId, seenVersion);
        if ((note == null || note.isBlank()) && (files == null || files.isEmpty())) {
            throw new BusinessException("dossier.workEmpty");
        }
        List<DossierDocument> added = attachments.add(step.dossier,
                result ? DossierDocument.Kind.RESULT : DossierDocument.Kind.WORKING, files, step.task.getStep(),
                step.officer(), step.at);
        step.take();
        step.activity(DossierAction.RECORD_WORK, note, Attachments.ids(added));
    }

    /**
     * Chuyển xử lý or trình ký; at the last step the dossier becomes ready for return, which needs the
     * result document and tells the applicant.
     */
    public void forward(long taskId, long seenVersion, String note) {
        Step step = step(taskId, seenVersion);
        step.change(DossierAction.FORWARD, d -> d.forward(step.task.getStep(), note, step.at));
        readyForReturn(step);
    }

    /** Phê duyệt. */
    public void approve(long taskId, long seenVersion, String note) {
        Step step = step(taskId, seenVersion);
        step.change(DossierAction.APPROVE, d -> d.approve(step.task.getStep(), note, step.at));
        readyForReturn(step);
    }

    /** Trả lại bước trước, with the reason the earlier step will read. */
    public void returnToStep(long taskId, long seenVersion, int earlierStep, String reason) {
        Step step = step(taskId, seenVersion);
        step.change(DossierAction.RETURN_TO_STEP, d -> d.returnToStep(step.task.getStep(), earlierStep, reason, step.at));
    }

    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (form 02): the clock stops until the desk receives the items. */
    public IssuedFormDto requestSupplement(long taskId, long seenVersion, List<String> items, String reason,
                                           String contact) {
        Step step = step(taskId, seenVersion);
        List<String> cleaned = cleaned(items);
        step.change(DossierAction.REQUEST_SUPPLEMENT,
                d -> d.requestSupplement(step.task.getStep(), cleaned, reason, step.at));
        IssuedFormDto form = forms.supplementRequest(step.dossier, cleaned, reason, contact, step.officer(), step.at);
        dispatch.notifyApplicant(step.dossier, Notification.Topic.SUPPLEMENT_REQUESTED,
                "Hồ sơ " + step.code() + " cần bổ sung: " + String.join("; ", cleaned), step.at);
        return form;
    }

    /** Phiếu từ chối giải quyết (form 03), with the specific reasons. */
    public IssuedFormDto refuse(long taskId, long seenVersion, List<String> reasons) {
        Step step = step(taskId, seenVersion);
        List<String> cleaned = cleaned(reasons);
        step.change(DossierAction.REFUSE, d -> d.refuse(step.task.getStep(), cleaned, step.at));
        IssuedFormDto form = forms.refusal(step.dossier, cleaned, step.officer(), step.at);
        dispatch.notifyApplicant(step.dossier, Notification.Topic.REFUSED,
                "Hồ sơ " + step.code() + " bị từ chối giải quyết: " + String.join("; ", cleaned), step.at);
        return form;
    }

    private void readyForReturn(Step step) {
        if (step.dossier.getStatus() != DossierStatus.READY_FOR_RETURN) {
            return;
        }
        long results = em.createQuery("SELECT COUNT(d) FROM DossierDocument d WHERE d.dossier = :dossier"
                        + " AND d.kind = :kind", Long.class).setParameter("dossier", step.dossier)
                .setParameter("kind", DossierDocument.Kind.RESULT).getSingleResult();
        if (results == 0) {
            throw new BusinessException("dossier.resultMissing", step.code());
        }
        dispatch.notifyApplicant(step.dossier, Notification.Topic.RESULT_READY,
                "Hồ sơ " + step.code() + " đã có kết quả, mời ông/bà đến nhận tại " + step.dossier.getDesk().getName()
                        + ".", step.at);
    }

    private static List<String> cleaned(List<String> lines) {
        return lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
    }

    private Step step(long taskId, long seenVersion) {
        StepAuthority authority = new StepAuthority(em, session.getCallerPrincipal().getName());
        DossierTask task = authority.openTask(taskId);
        Dossier dossier = handOffs.current(task.getDossier(), seenVersion);
        return new Step(authority, task, dossier, clock.instant());
    }

    /** One action in progress: who, on which task, when. */
    private final class Step {
        final StepAuthority authority;
        final DossierTask task;
        final Dossier dossier;
        final Instant at;

        Step(StepAuthority authority, DossierTask task, Dossier dossier, Instant at) {
            this.authority = authority;
            this.task = task;
            this.dossier = dossier;
            this.at = at;
        }

        String officer() {
            return authority.officer();
        }

        String code() {
            return dossier.getCode().value();
        }

        void activity(DossierAction action, String note, String attachmentIds) {
            handOffs.apply(dossier, officer(), action, attachmentIds, at,
                    d -> d.recordActivity(action, task.getStep(), note, at));
            audit.record(officer(), "DOSSIER_" + action.name(), code(), "step " + task.getStep());
        }

        /** Whoever acts on an unassigned task takes it; a leader acting on a colleague's task does not. */
        void take() {
            if (task.getAssignee() == null) {
                task.accept(officer(), at);
            }
        }

        void change(DossierAction action, java.util.function.Consumer<Dossier> change) {
            take();
            handOffs.apply(dossier, officer(), action, null, at, change);
            audit.record(officer(), "DOSSIER_" + action.name(), code(), "step " + task.getStep());
        }
    }
}

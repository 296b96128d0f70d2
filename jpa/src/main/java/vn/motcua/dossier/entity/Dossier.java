package vn.motcua.dossier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.motcua.agency.entity.Agency;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.catalog.entity.WorkflowStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hồ sơ: one application for one procedure version, from reception to the return of its result.
 * Its status changes only through the business methods below, each checked against the table in
 * {@link DossierAction} and recorded as a numbered {@link DossierTransition} for the journal. The
 * form 06 logbook (sổ theo dõi) is read from these rows by {@code Dossier.logbook}, not kept twice.
 */
@Entity
@Table(name = "dossier")
@NamedQuery(name = "Dossier.findByCode", query = "SELECT d FROM Dossier d WHERE d.code.value = :code")
@NamedQuery(name = "Dossier.logbook", query = "SELECT d FROM Dossier d WHERE d.desk = :desk"
        + " AND d.receivedAt >= :from AND d.receivedAt < :until ORDER BY d.receivedAt, d.code.value")
@NamedQuery(name = "Dossier.runningDueBefore", query = "SELECT d FROM Dossier d WHERE d.status IN :statuses"
        + " AND d.clock.appointmentAt < :horizon AND (d.warning IS NULL OR d.warning <> :strongest)")
public class Dossier {

    @Id
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    private Long id;

    @Embedded
    private DossierCode code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id", updatable = false)
    private Procedure procedure;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "desk_id", updatable = false)
    private Agency desk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Channel channel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "applicant_id", updatable = false)
    private Applicant applicant;

    @Embedded
    private Delegate delegate;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Embedded
    private DossierClock clock;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DossierStatus status;

    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_open_step", joinColumns = @JoinColumn(name = "dossier_id"))
    @Column(name = "step")
    private Set<Integer> openSteps = new TreeSet<>();

    @Embedded
    private LookupPin pin;

    @Column(name = "document_sets", nullable = false)
    private int documentSets;

    @Column(length = 2000)
    private String notes;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Timeliness timeliness;

    @Column(name = "collected_by", length = 200)
    private String collectedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DeadlineWarning warning;

    /** How many transitions were recorded: the journal must hold exactly events 1..eventCount. */
    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Embedded
    private NotificationConsent notificationConsent;

    @Version
    private long version;

    @Transient
    private List<DossierTransition> unjournaled = new ArrayList<>();

    /** Received without its code yet: the desk's number comes last (see {@link #assignCode}). */
    @Transient
    private boolean codePending;

    protected Dossier() {
    }

    /**
     * Tiếp nhận a complete dossier (Decree 61/2018/NĐ-CP Art. 19): the appointment on the receipt
     * (form 01) is also the statutory due, and the first stage of the workflow opens.
     */
    public static Dossier receive(DossierCode code, Procedure procedure, Agency desk, Channel channel,
                                  Applicant applicant, Delegate delegate, Instant receivedAt, Instant appointmentAt,
                                  LookupPin pin, int documentSets, String notes) {
        if (documentSets < 1) {
            throw new IllegalArgumentException("a dossier has at least one set of documents");
        }
        Dossier dossier = new Dossier();
        dossier.codePending = code == null;
        dossier.code = code == null ? DossierCode.standIn() : code;
        dossier.procedure = Objects.requireNonNull(procedure, "procedure");
        dossier.desk = Objects.requireNonNull(desk, "desk");
        dossier.channel = Objects.requireNonNull(channel, "channel");
        dossier.applicant = Objects.requireNonNull(applicant, "applicant");
        dossier.delegate = delegate;
        dossier.receivedAt = receivedAt;
        dossier.clock = new DossierClock(receivedAt, appointmentAt);
        dossier.pin = Objects.requireNonNull(pin, "pin");
        dossier.documentSets = documentSets;
        dossier.notes = notes;
        dossier.notificationConsent = NotificationConsent.none();
        dossier.openStage(dossier.stages().stageOf(1));
        dossier.record(DossierAction.RECEIVE, DossierStatus.RECEIVED, 1, notes, receivedAt);
        return dossier;
    }

    /**
     * Gives a dossier received without a code (null to {@code receive}) its real one, once. The desk
     * takes its gap-free number last, so that its counter row stays locked only until the commit.
     */
    public void assignCode(DossierCode assigned) {
        if (!codePending || unjournaled.size() != eventCount) {
            throw new IllegalStateException("the code of " + code + " is already given or journaled");
        }
        code = Objects.requireNonNull(assigned, "code");
        codePending = false;
    }

    /**
     * Chuyển xử lý: one open step is done; its stage hands on only once every parallel step is done.
     * Done at the last step, the result goes back to the desk: the dossier is ready for return.
     */
    public void forward(int step, String note, Instant at) {
        DossierStatus target = DossierAction.FORWARD.require(status);
        requireOpen(step, StepAction.FORWARD, StepAction.SUBMIT_FOR_APPROVAL);
        if (openSteps.size() == 1 && stages().stageAfter(step).isEmpty()) {
            markReadyForReturn(step, note, at);
            return;
        }
        complete(step);
        record(DossierAction.FORWARD, target, step, note, at);
    }

    /**
     * Nhận, phân công, cập nhật kết quả xử lý: what an officer does at an open step without moving the
     * dossier; journaled all the same, so the control sheet shows who held it.
     */
    public void recordActivity(DossierAction action, int step, String note, Instant at) {
        if (!action.isActivity()) {
            throw new IllegalArgumentException(action + " changes the dossier; call its own method");
        }
        DossierStatus target = action.require(status);
        if (!openSteps.contains(step)) {
            throw new DossierRuleException("dossier.stepNotOpen", step);
        }
        record(action, target, step, note, at);
    }

    /**
     * Phê duyệt at an open step: the decision is taken, the dossier moves on to issue and return;
     * approved at the last step, the result is ready for return at once.
     */
    public void approve(int step, String note, Instant at) {
        DossierStatus target = DossierAction.APPROVE.require(status);
        requireOpen(step, StepAction.APPROVE);
        decidedAt = at;
        boolean last = openSteps.size() == 1 && stages().stageAfter(step).isEmpty();
        complete(step);
        record(DossierAction.APPROVE, target, step, note, at);
        if (last) {
            markReadyForReturn(step, null, at);
        }
    }

    /** Trả lại bước trước: from an open step that may send back, an earlier step must do its part again. */
    public void returnToStep(int fromStep, int step, String reason, Instant at) {
        DossierStatus target = DossierAction.RETURN_TO_STEP.require(status);
        requireOpen(fromStep, StepAction.RETURN);
        if (step < 1 || step >= Collections.min(openSteps)) {
            throw new DossierRuleException("dossier.returnToStep.notEarlier", step, currentStep);
        }
        requireText(reason, "dossier.reasonRequired");
        openStage(Set.of(step));
        record(DossierAction.RETURN_TO_STEP, target, step, reason, at);
    }

    /**
     * Phiếu yêu cầu bổ sung (form 02, Circular 01/2018/TT-VPCP): the clock stops at {@code at} and
     * the open steps wait; the control layer computes the new due when the supplement arrives.
     */
    public void requestSupplement(int step, List<String> items, String reason, Instant at) {
        DossierStatus target = DossierAction.REQUEST_SUPPLEMENT.require(status);
        requireOpen(step, StepAction.REQUEST_SUPPLEMENT);
        if (items == null || items.isEmpty() || items.stream().anyMatch(i -> i == null || i.isBlank())) {
            throw new DossierRuleException("dossier.supplement.itemsRequired");
        }
        requireText(reason, "dossier.reasonRequired");
        clock.pause(at);
        record(DossierAction.REQUEST_SUPPLEMENT, target, step, reason + ": " + String.join("; ", items), at);
    }

    /**
     * The supplement arrived: the clock runs again, with dues the DeadlineEngine moved by the pause
     * (both the appointment and, since the pause does not count against the office, the statutory due).
     */
    public void supplementReceived(Instant at, Instant newAppointment, Instant newStatutoryDue) {
        DossierStatus target = DossierAction.SUPPLEMENT_RECEIVED.require(status);
        clock.resume(at, newAppointment, newStatutoryDue);
        record(DossierAction.SUPPLEMENT_RECEIVED, target, currentStep, null, at);
    }

    /** Phiếu từ chối (form 03): the reasons are written to the applicant, so there must be some. */
    public void refuse(int step, List<String> reasons, Instant at) {
        DossierStatus target = DossierAction.REFUSE.require(status);
        requireOpen(step, StepAction.REFUSE);
        if (reasons == null || reasons.isEmpty() || reasons.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new DossierRuleException("dossier.reasonRequired");
        }
        decidedAt = at;
        finish(at);
        record(DossierAction.REFUSE, target, step, String.join("; ", reasons), at);
    }

    /** Dừng giải quyết on the applicant's written request, only before a decision (Decree 118/2025 Art. 21). */
    public void stopOnRequest(String reason, Instant at) {
        DossierStatus target = DossierAction.STOP_ON_REQUEST.require(status);
        if (decidedAt != null) {
            throw new DossierRuleException("dossier.stop.alreadyDecided", code.value());
        }
        requireText(reason, "dossier.reasonRequired");
        finish(at);
        record(DossierAction.STOP_ON_REQUEST, target, currentStep, reason, at);
    }

    /**
     * Phiếu xin lỗi và hẹn lại (form 04): once per dossier and no later than one working day before
     * the current appointment; the caller asks the DeadlineEngine for {@code oneWorkingDayBefore},
     * so the entity needs no calendar. The statutory due stays, so lateness is still reported.
     */
    public void apologise(Instant newAppointment, Instant at, boolean oneWorkingDayBefore) {
        DossierStatus target = DossierAction.APOLOGISE.require(status);
        clock.reschedule(code.value(), newAppointment, at, oneWorkingDayBefore);
        record(DossierAction.APOLOGISE, target, currentStep, newAppointment.toString(), at);
    }

    /** The result is signed and issued; the desk may hand it over once a decision was taken. */
    private void markReadyForReturn(int step, String note, Instant at) {
        DossierStatus target = DossierAction.MARK_READY_FOR_RETURN.require(status);
        if (decidedAt == null) {
            throw new DossierRuleException("dossier.notDecided", code.value());
        }
        openSteps.clear();
        record(DossierAction.MARK_READY_FOR_RETURN, target, step, note, at);
    }

    /**
     * Records whether and how the applicant wants to be told of the dossier's progress, as they said at
     * the desk; not a transition, so not journaled. Refused without consent or without the address the
     * channel needs.
     */
    public void chooseNotification(boolean consent, NotifyChannel channel, Instant at) {
        notificationConsent = NotificationConsent.of(consent, channel, applicant, at);
    }

    /** Raises the deadline warning; true when it rose, so the holders are told once per level. */
    public boolean warn(DeadlineWarning level) {
        if (!DeadlineWarning.rises(warning, level)) {
            return false;
        }
        warning = level;
        return true;
    }

    /**
     * Trả kết quả to the applicant or their delegate after checking an identity document; the
     * timeliness (form 05, report II.06a) is classified by the caller against the statutory due.
     */
    public void returnResult(String collector, boolean idChecked, Instant at, Timeliness resolvedTimeliness) {
        DossierStatus target = DossierAction.RETURN_RESULT.require(status);
        if (!idChecked) {
            throw new DossierRuleException("dossier.return.identityNotChecked");
        }
        requireText(collector, "dossier.return.collectorRequired");
        if (resolvedTimeliness == null || !resolvedTimeliness.isResolved()) {
            throw new IllegalArgumentException("a returned dossier is early, on time or late");
        }
        collectedBy = collector;
        timeliness = resolvedTimeliness;
        finish(at);
        record(DossierAction.RETURN_RESULT, target, currentStep, collector, at);
    }

    /** The transitions not yet written to the journal, handed over once. */
    public List<DossierTransition> takeTransitions() {
        List<DossierTransition> taken = List.copyOf(unjournaled);
        unjournaled.clear();
        return taken;
    }

    private WorkflowStages stages() {
        return new WorkflowStages(steps().stream().map(WorkflowStep::getParallelGroup).toList());
    }

    private List<WorkflowStep> steps() {
        return procedure.getWorkflow().getSteps();
    }

    private void requireOpen(int step, StepAction... anyOf) {
        if (!openSteps.contains(step)) {
            throw new DossierRuleException("dossier.stepNotOpen", step);
        }
        WorkflowStep workflowStep = steps().get(step - 1);
        for (StepAction action : anyOf) {
            if (workflowStep.allows(action)) {
                return;
            }
        }
        throw new DossierRuleException("dossier.actionNotAllowedAtStep", anyOf[0].name(), step);
    }

    private void complete(int step) {
        openSteps.remove(step);
        if (openSteps.isEmpty()) {
            Set<Integer> next = stages().stageAfter(step);
            if (!next.isEmpty()) {
                openStage(next);
            }
        }
    }

    private void openStage(Set<Integer> stage) {
        openSteps.clear();
        openSteps.addAll(stage);
        currentStep = Collections.min(stage);
    }

    private void finish(Instant at) {
        finishedAt = at;
        openSteps.clear();
    }

    private void record(DossierAction action, DossierStatus target, int step, String note, Instant at) {
        DossierStatus from = status;
        status = target;
        eventCount++;
        unjournaled.add(new DossierTransition(eventCount, action, from, target, step, note, at));
    }

    private static void requireText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new DossierRuleException(messageKey);
        }
    }

    public Long getId() { return id; }
    public DossierCode getCode() { return code; }
    public Procedure getProcedure() { return procedure; }
    public Agency getDesk() { return desk; }
    public Channel getChannel() { return channel; }
    public Applicant getApplicant() { return applicant; }
    public Delegate getDelegate() { return delegate; }
    public Instant getReceivedAt() { return receivedAt; }
    public DossierClock getClock() { return clock; }
    public Instant getAppointmentAt() { return clock.getAppointmentAt(); }
    public Instant getStatutoryDueAt() { return clock.getStatutoryDueAt(); }
    public DossierStatus getStatus() { return status; }
    public int getCurrentStep() { return currentStep; }
    public Set<Integer> getOpenSteps() { return Collections.unmodifiableSet(new TreeSet<>(openSteps)); }
    public LookupPin getPin() { return pin; }
    public int getDocumentSets() { return documentSets; }
    public String getNotes() { return notes; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Timeliness getTimeliness() { return timeliness; }
    public String getCollectedBy() { return collectedBy; }
    public DeadlineWarning getWarning() { return warning; }
    public int getEventCount() { return eventCount; }
    public NotificationConsent getNotificationConsent() {
        return notificationConsent == null ? NotificationConsent.none() : notificationConsent;
    }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Dossier that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + status;
    }
}

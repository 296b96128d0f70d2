package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import vn.motcua.agency.entity.Agency;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.identity.entity.Role;

import java.time.Instant;
import java.util.Objects;

/**
 * A department's piece of work on a dossier: one workflow step, opened by the hand-off event that
 * reached it. Its row is the "giao, nhận" line of the control sheet (form 05, Circular
 * 01/2018/TT-VPCP): who gave it, who received it, when, and whether the step kept its time budget.
 */
@Entity
@Table(name = "dossier_task")
@NamedQuery(name = "DossierTask.forHandOff", query = "SELECT t FROM DossierTask t WHERE t.dossier.id = :dossier"
        + " AND t.openedEvent = :event AND t.step = :step")
@NamedQuery(name = "DossierTask.openOf", query = "SELECT t FROM DossierTask t WHERE t.dossier = :dossier"
        + " AND t.closedAt IS NULL ORDER BY t.step")
@NamedQuery(name = "DossierTask.ofDossier", query = "SELECT t FROM DossierTask t WHERE t.dossier = :dossier"
        + " ORDER BY t.openedAt, t.step")
@NamedQuery(name = "DossierTask.openDueBefore", query = "SELECT t FROM DossierTask t JOIN FETCH t.dossier"
        + " WHERE t.closedAt IS NULL AND t.dueAt < :horizon AND (t.warning IS NULL OR t.warning <> :strongest)")
public class DossierTask {

    @Id
    @SequenceGenerator(name = "dossier_task_seq", sequenceName = "dossier_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_task_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", updatable = false)
    private Dossier dossier;

    @Column(nullable = false, updatable = false)
    private int step;

    /** The journal number of the event that opened the step: with the dossier and step, the hand-off's identity. */
    @Column(name = "opened_event", nullable = false, updatable = false)
    private int openedEvent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20, updatable = false)
    private Role role;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "given_by", nullable = false, length = 60, updatable = false)
    private String givenBy;

    @Column(length = 60)
    private String assignee;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DossierAction outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Timeliness timeliness;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DeadlineWarning warning;

    @Version
    private long version;

    protected DossierTask() {
    }

    public DossierTask(Dossier dossier, int step, int openedEvent, Agency agency, Role role, String givenBy,
                       Instant openedAt, Instant dueAt) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.step = step;
        this.openedEvent = openedEvent;
        this.agency = Objects.requireNonNull(agency, "agency");
        this.role = Objects.requireNonNull(role, "role");
        this.givenBy = Objects.requireNonNull(givenBy, "givenBy");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    }

    /** Nhận hồ sơ: the officer takes the task; a task assigned to someone else is theirs. */
    public void accept(String officer, Instant at) {
        requireOpen();
        if (assignee != null && !assignee.equals(officer)) {
            throw new DossierRuleException("task.assignedToOther", assignee);
        }
        assignee = officer;
        if (acceptedAt == null) {
            acceptedAt = at;
        }
    }

    /** Phân công: a leader gives the task to one of the department's officers. */
    public void assign(String officer) {
        requireOpen();
        assignee = Objects.requireNonNull(officer, "officer");
    }

    /** The step is done, or no longer needed; the task keeps how it ended against its budget. */
    public void close(String by, DossierAction how, Instant at, Timeliness kept) {
        requireOpen();
        if (acceptedAt == null) {
            acceptedAt = at;
            assignee = by;
        }
        closedAt = at;
        closedBy = by;
        outcome = Objects.requireNonNull(how, "how");
        timeliness = kept;
    }

    /** A supplement pause does not count against the department: its due moves with the dossier's. */
    public void reschedule(Instant newDue) {
        dueAt = Objects.requireNonNull(newDue, "newDue");
    }

    /** Raises the warning; true when it rose, so the holder is told once per level. */
    public boolean warn(DeadlineWarning level) {
        if (!DeadlineWarning.rises(warning, level)) {
            return false;
        }
        warning = level;
        return true;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    private void requireOpen() {
        if (closedAt != null) {
            throw new DossierRuleException("task.closed", dossier.getCode().value(), step);
        }
    }

    public Long getId() { return id; }
    public Dossier getDossier() { return dossier; }
    public int getStep() { return step; }
    public int getOpenedEvent() { return openedEvent; }
    public Agency getAgency() { return agency; }
    public Role getRole() { return role; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getDueAt() { return dueAt; }
    public String getGivenBy() { return givenBy; }
    public String getAssignee() { return assignee; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public DossierAction getOutcome() { return outcome; }
    public Timeliness getTimeliness() { return timeliness; }
    public DeadlineWarning getWarning() { return warning; }
    public long getVersion() { return version; }

    @Override
    public String toString() {
        return dossier.getCode() + " step " + step + " @" + agency.getCode();
    }
}

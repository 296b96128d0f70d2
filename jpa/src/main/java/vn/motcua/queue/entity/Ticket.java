package vn.motcua.queue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A queue number (số thứ tự) of a working day. It is called to a counter only through the claim in
 * the control layer (a conditional UPDATE on status ISSUED), so two counters never get the same
 * ticket; what follows at the counter goes through the methods below.
 */
@Entity
@Table(name = "queue_ticket")
@NamedQuery(name = "Ticket.atCounter", query = "SELECT t FROM Ticket t WHERE t.counterId = :counter"
        + " AND t.status IN (vn.motcua.queue.entity.TicketStatus.CALLED, vn.motcua.queue.entity.TicketStatus.SERVING)")
@NamedQuery(name = "Ticket.idByRequest", query = "SELECT t.id FROM Ticket t WHERE t.requestId = :request")
// the group's tickets of the day still waiting: all ahead of a ticket about to be issued
@NamedQuery(name = "Ticket.waitingCount", query = "SELECT COUNT(w) FROM Ticket w WHERE w.group.id = :group AND w.day = :day"
        + " AND w.status = vn.motcua.queue.entity.TicketStatus.ISSUED")
// with the people ahead: the group's tickets of the day still waiting that were issued before it
@NamedQuery(name = "Ticket.shown", query = "SELECT t.label, t.day, t.issuedAt, (SELECT COUNT(w) FROM Ticket w"
        + " WHERE w.group = t.group AND w.day = t.day AND w.status = vn.motcua.queue.entity.TicketStatus.ISSUED"
        + " AND w.issuedAt < t.issuedAt) FROM Ticket t WHERE t.id = :id")
public class Ticket {

    @Id
    @SequenceGenerator(name = "queue_seq", sequenceName = "queue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "queue_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private ServiceGroup group;

    @Column(name = "ticket_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 8, updatable = false)
    private String label;

    @Column(name = "priority_code", length = 40)
    private String priorityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketStatus status = TicketStatus.ISSUED;

    @Column(name = "counter_id")
    private Long counterId;

    @Column(name = "target_counter_id")
    private Long targetCounterId;

    @Column(length = 100)
    private String officer;

    @Column(name = "call_count", nullable = false)
    private int callCount;

    @Column(name = "transfer_count", nullable = false)
    private int transferCount;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "last_called_at")
    private Instant lastCalledAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Column(length = 40)
    private String kiosk;

    @Column(name = "request_id", length = 64, updatable = false)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "print_status", nullable = false, length = 20)
    private PrintStatus printStatus = PrintStatus.NONE;

    @Column(name = "print_attempts", nullable = false)
    private int printAttempts;

    @Column(name = "print_error", length = 400)
    private String printError;

    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(ServiceGroup group, LocalDate day, int number, String priorityCode, Instant issuedAt) {
        this.group = group;
        this.day = day;
        this.number = number;
        this.label = group.label(number);
        this.priorityCode = priorityCode;
        this.issuedAt = issuedAt;
    }

    /** Issued at a kiosk: the kiosk's printer is asked for paper, the request id makes a replay harmless. */
    public void fromKiosk(String kioskId, String request) {
        this.kiosk = kioskId;
        this.requestId = request;
        this.printStatus = PrintStatus.PENDING;
    }

    /** A citizen returning for the result of this dossier (the QR of their receipt). */
    public void forDossier(String code) {
        this.dossierCode = code;
    }

    public void recall(Instant at) {
        require(TicketStatus.CALLED);
        callCount++;
        lastCalledAt = at;
    }

    public void start(Instant at) {
        require(TicketStatus.CALLED);
        status = TicketStatus.SERVING;
        startedAt = at;
    }

    public void finish(Instant at) {
        require(TicketStatus.SERVING);
        status = TicketStatus.DONE;
        finishedAt = at;
    }

    public void noShow(Instant at) {
        require(TicketStatus.CALLED);
        status = TicketStatus.NO_SHOW;
        finishedAt = at;
    }

    /** Back in line for another group, or for one counter only; it keeps its number and its place by age. */
    public void transfer(ServiceGroup to, Long toCounter) {
        if (!status.atCounter()) {
            throw new IllegalStateException("only a ticket at a counter is transferred: " + status);
        }
        group = to;
        targetCounterId = toCounter;
        status = TicketStatus.ISSUED;
        counterId = null;
        officer = null;
        callCount = 0;
        calledAt = null;
        lastCalledAt = null;
        startedAt = null;
        transferCount++;
    }

    /** The dossier received while this ticket was served (the reception's hook). */
    public void linkDossier(String code) {
        if (dossierCode == null) {
            dossierCode = code;
        }
    }

    public void printed() {
        printStatus = PrintStatus.PRINTED;
        printError = null;
    }

    public void printFailed(String error, boolean last) {
        printAttempts++;
        printError = error == null ? null : error.substring(0, Math.min(400, error.length()));
        printStatus = last ? PrintStatus.FAILED : PrintStatus.PENDING;
    }

    private void require(TicketStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("ticket " + label + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public ServiceGroup getGroup() {
        return group;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public String getPriorityCode() {
        return priorityCode;
    }

    public boolean isPriority() {
        return priorityCode != null;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Long getCounterId() {
        return counterId;
    }

    public Long getTargetCounterId() {
        return targetCounterId;
    }

    public String getOfficer() {
        return officer;
    }

    public int getCallCount() {
        return callCount;
    }

    public int getTransferCount() {
        return transferCount;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public Instant getLastCalledAt() {
        return lastCalledAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public String getKiosk() {
        return kiosk;
    }

    public String getRequestId() {
        return requestId;
    }

    public PrintStatus getPrintStatus() {
        return printStatus;
    }

    public int getPrintAttempts() {
        return printAttempts;
    }

    public String getPrintError() {
        return printError;
    }
}

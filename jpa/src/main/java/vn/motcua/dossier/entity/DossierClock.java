package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * A dossier's deadline bookkeeping: the appointment written on the receipt, the statutory due the
 * law sets, a running supplement pause and the one apology letter (forms 02 and 04, Circular
 * 01/2018/TT-VPCP). The instants are computed by the deadline engine; this only keeps them straight.
 */
@Embeddable
public class DossierClock {

    @Column(name = "appointment_at", nullable = false)
    private Instant appointmentAt;

    /** The due instant the law sets, moved by supplement pauses but never by an apology letter. */
    @Column(name = "statutory_due_at", nullable = false)
    private Instant statutoryDueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "apologised_at")
    private Instant apologisedAt;

    protected DossierClock() {
    }

    DossierClock(Instant receivedAt, Instant appointmentAt) {
        if (appointmentAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("the appointment cannot come before the reception");
        }
        this.appointmentAt = appointmentAt;
        this.statutoryDueAt = appointmentAt;
    }

    void pause(Instant at) {
        pausedAt = at;
    }

    /** The supplement arrived: both dues move by the pause the engine computed. */
    void resume(Instant at, Instant newAppointment, Instant newStatutoryDue) {
        if (pausedAt == null || at.isBefore(pausedAt)) {
            throw new DossierRuleException("dossier.supplement.beforeRequest");
        }
        appointmentAt = Objects.requireNonNull(newAppointment, "newAppointment");
        statutoryDueAt = Objects.requireNonNull(newStatutoryDue, "newStatutoryDue");
        pausedAt = null;
    }

    /** Form 04: once, no later than one working day before the appointment, and to a later date. */
    void reschedule(String code, Instant newAppointment, Instant at, boolean oneWorkingDayBefore) {
        if (apologisedAt != null) {
            throw new DossierRuleException("dossier.apology.onlyOnce", code);
        }
        if (!oneWorkingDayBefore) {
            throw new DossierRuleException("dossier.apology.tooLate", code);
        }
        if (!newAppointment.isAfter(appointmentAt)) {
            throw new DossierRuleException("dossier.apology.notLater");
        }
        apologisedAt = at;
        appointmentAt = newAppointment;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public Instant getAppointmentAt() { return appointmentAt; }
    public Instant getStatutoryDueAt() { return statutoryDueAt; }
    public Instant getPausedAt() { return pausedAt; }
    public Instant getApologisedAt() { return apologisedAt; }
}

package vn.motcua.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.motcua.agency.entity.Agency;
import vn.motcua.calendar.control.CalendarCache;
import vn.motcua.calendar.control.CalendarSnapshot;
import vn.motcua.calendar.control.CalendarSnapshotBuilder;
import vn.motcua.calendar.control.DeadlineEngine;
import vn.motcua.calendar.entity.Holiday;
import vn.motcua.calendar.entity.MakeUpWorkday;
import vn.motcua.calendar.entity.StatutoryDuration;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.calendar.entity.WorkingCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * Deadlines on an agency's working calendar: its own, else its nearest ancestor's, else the
 * national default. Calendars are read once and kept as snapshots until an administrator's change
 * is committed ({@link #invalidate()}). Bulk users such as statistics take the engine itself.
 */
@Stateless
@PermitAll
public class WorkingCalendars {

    /** Old enough for dossiers carried over from earlier systems. */
    static final int FIRST_YEAR = 2015;
    static final int YEARS_AHEAD = 10;
    private static final String NO_AGENCY = "";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CalendarCache cache;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The deadline engine of an agency's calendar; a null agency code means the national default. */
    public DeadlineEngine engineFor(String agencyCode) {
        String key = agencyCode == null ? NO_AGENCY : agencyCode;
        DeadlineEngine cached = cache.forAgency(key);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        WorkingCalendar calendar = calendarOf(agencyCode);
        DeadlineEngine engine = Optional.ofNullable(cache.forCalendar(calendar.getCode()))
                .orElseGet(() -> new DeadlineEngine(snapshotOf(calendar)));
        cache.remember(generation, key, calendar.getCode(), engine);
        return engine;
    }

    public Instant due(String agencyCode, Instant receivedAt, StatutoryDuration duration) {
        return engineFor(agencyCode).due(receivedAt, duration);
    }

    public Instant resume(String agencyCode, Instant pausedAt, Instant resumedAt, Instant dueBefore) {
        return engineFor(agencyCode).resume(pausedAt, resumedAt, dueBefore);
    }

    public Timeliness classifyResolved(String agencyCode, Instant finishedAt, Instant due) {
        return engineFor(agencyCode).classifyResolved(finishedAt, due);
    }

    public Timeliness classifyInProgress(String agencyCode, Instant due) {
        return engineFor(agencyCode).classifyInProgress(clock.instant(), due);
    }

    public boolean dueWithinOneWorkingDay(String agencyCode, Instant due) {
        return engineFor(agencyCode).dueWithinOneWorkingDay(clock.instant(), due);
    }

    /**
     * Forgets every snapshot, now and again when the caller's transaction ends, so that a reader
     * who loaded the calendar between the two does not keep the old days off.
     */
    @RolesAllowed("ADMIN")
    public void invalidate() {
        cache.clear();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                cache.clear();
            }
        });
    }

    private WorkingCalendar calendarOf(String agencyCode) {
        if (agencyCode != null) {
            Agency agency = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", agencyCode)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no agency " + agencyCode));
            for (Agency a = agency; a != null; a = a.getParent()) {
                Optional<WorkingCalendar> own = em.createNamedQuery("WorkingCalendar.findByAgency", WorkingCalendar.class)
                        .setParameter("agency", a).getResultStream().findFirst();
                if (own.isPresent()) {
                    return own.get();
                }
            }
        }
        return em.createNamedQuery("WorkingCalendar.findByCode", WorkingCalendar.class)
                .setParameter("code", WorkingCalendar.NATIONAL_CODE).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the national working calendar is missing (migration V3)"));
    }

    private CalendarSnapshot snapshotOf(WorkingCalendar calendar) {
        int lastYear = Year.now(clock).getValue() + YEARS_AHEAD;
        LocalDate from = LocalDate.of(FIRST_YEAR, 1, 1);
        LocalDate to = LocalDate.of(lastYear, 12, 31);
        CalendarSnapshotBuilder builder = CalendarSnapshot.builder().covering(FIRST_YEAR, lastYear);
        calendar.getWorkingPeriods().forEach(p -> builder.workingPeriod(p.getDayOfWeek(), p.getStart(), p.getEnd()));
        em.createNamedQuery("Holiday.findBetween", Holiday.class).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(h -> builder.dayOff(h.getDate()));
        em.createNamedQuery("MakeUpWorkday.findBetween", MakeUpWorkday.class).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(m -> builder.makeUpWorkday(m.getDate(), m.getWorksAs()));
        return builder.build();
    }
}

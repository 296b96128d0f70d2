package vn.motcua.queue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Counter;
import vn.motcua.queue.control.FairCalling;
import vn.motcua.queue.control.QueueMessages;
import vn.motcua.queue.control.TicketClaim;
import vn.motcua.queue.entity.Seat;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.queue.entity.TicketStatus;
import vn.motcua.shared.boundary.Clocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reception officer's counter console: sit at a counter, call the next ticket in fair order,
 * recall (a bounded number of times, not too soon), mark a no-show, start and finish service,
 * transfer to another group or counter, pause for a break. Every action is refused unless the caller
 * sits at the counter it names; calls and pauses go to the display boards in the same transaction.
 */
@Stateless
@RolesAllowed("RECEPTION")
public class CounterConsole {

    static final int MAX_RECALLS = Integer.getInteger("motcua.queue.max-recalls", 3);
    static final Duration RECALL_INTERVAL = Duration.ofSeconds(Integer.getInteger("motcua.queue.recall-seconds", 15));
    private static final int CANDIDATES = 30;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private QueueMessages messages;

    @Inject
    private Clock clock;

    /** Sits the caller at a counter of their desk (leaving any other seat); refused if someone else sits there. */
    public void sit(long counterId) {
        Counter counter = seats().counterInScope(counterId);
        Seat taken = em.find(Seat.class, counterId);
        if (taken != null) {
            if (taken.getOfficer().equals(caller())) {
                return;
            }
            throw new QueueException("queue.counter.taken", counter.getNumber(), taken.getOfficer());
        }
        leave();
        em.flush();
        em.persist(new Seat(counterId, caller(), clock.instant()));
    }

    public void leave() {
        em.createNamedQuery("Seat.findByOfficer", Seat.class).setParameter("officer", caller())
                .getResultStream().forEach(em::remove);
    }

    public ConsoleDto console() {
        Seat seat = em.createNamedQuery("Seat.findByOfficer", Seat.class).setParameter("officer", caller())
                .getResultStream().findFirst().orElse(null);
        if (seat == null) {
            return new ConsoleDto(null, null, List.of(), List.of());
        }
        Counter counter = em.find(Counter.class, seat.getCounterId());
        CounterTicketDto current = current(counter).map(CounterTicketDto::of).orElse(null);
        List<ConsoleDto.WaitingDto> waiting = servedGroups(counter).stream().map(g -> new ConsoleDto.WaitingDto(g.getPrefix(),
                g.getName(), em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.group = :group AND t.day = :day"
                        + " AND t.status = vn.motcua.queue.entity.TicketStatus.ISSUED", Long.class)
                .setParameter("group", g).setParameter("day", today()).getSingleResult())).toList();
        List<String> failures = em.createQuery("SELECT t.label FROM Ticket t WHERE t.group.desk = :desk AND t.day = :day"
                        + " AND t.printStatus = vn.motcua.queue.entity.PrintStatus.FAILED ORDER BY t.issuedAt DESC", String.class)
                .setParameter("desk", counter.getDesk()).setParameter("day", today()).setMaxResults(20).getResultList();
        return new ConsoleDto(new ConsoleDto.SeatDto(counter.getId(), counter.getNumber(), counter.getName(),
                counter.getDesk().getCode(), seat.isPaused()), current, waiting, failures);
    }

    /** Calls the next ticket in fair order to the caller's counter; null when nobody waits. */
    public CounterTicketDto callNext(long counterId) {
        Counter counter = seats().counterInScope(counterId);
        Seat seat = seats().seatAt(counter);
        if (seat.isPaused()) {
            throw new QueueException("queue.counter.paused", counter.getNumber());
        }
        if (current(counter).isPresent()) {
            throw new QueueException("queue.counter.busy", current(counter).get().getLabel());
        }
        List<ServiceGroup> groups = servedGroups(counter);
        if (groups.isEmpty()) {
            return null;
        }
        FairCalling fair = FairCalling.configured();
        List<FairCalling.Candidate> waiting = new ArrayList<>(candidates(groups, counter, false));
        waiting.addAll(candidates(groups, counter, true));
        Instant now = clock.instant();
        TicketClaim claim = new TicketClaim(em);
        for (FairCalling.Candidate candidate : fair.order(waiting, priorityStreak(groups, fair.ratio()))) {
            if (claim.claim(candidate.id(), counter.getId(), caller(), now)) {
                Ticket ticket = em.find(Ticket.class, candidate.id());
                em.refresh(ticket);
                display("CALL", counter, ticket, now);
                return CounterTicketDto.of(ticket);
            }
        }
        return null;
    }

    public CounterTicketDto recall(long counterId) {
        Counter counter = seats().counterInScope(counterId);
        seats().seatAt(counter);
        Ticket ticket = currentOrRefuse(counter);
        Instant now = clock.instant();
        if (ticket.getStatus() != TicketStatus.CALLED) {
            throw new QueueException("queue.ticket.notCalled", ticket.getLabel());
        }
        if (ticket.getCallCount() > MAX_RECALLS) {
            throw new QueueException("queue.recall.exhausted", ticket.getLabel(), MAX_RECALLS);
        }
        if (ticket.getLastCalledAt().plus(RECALL_INTERVAL).isAfter(now)) {
            throw new QueueException("queue.recall.tooSoon", RECALL_INTERVAL.toSeconds());
        }
        ticket.recall(now);
        display("RECALL", counter, ticket, now);
        return CounterTicketDto.of(ticket);
    }

    /** The called person did not come: NO_SHOW, the counter is free. */
    public void skip(long counterId) {
        Ticket ticket = atMyCounter(counterId, TicketStatus.CALLED);
        ticket.noShow(clock.instant());
    }

    public CounterTicketDto start(long counterId) {
        Ticket ticket = atMyCounter(counterId, TicketStatus.CALLED);
        ticket.start(clock.instant());
        return CounterTicketDto.of(ticket);
    }

    public void finish(long counterId) {
        Ticket ticket = atMyCounter(counterId, TicketStatus.SERVING);
        ticket.finish(clock.instant());
    }

    /** Sends the ticket at the counter back in line: to another group of the desk, or to one counter. */
    public void transfer(long counterId, String toPrefix, Integer toCounterNumber) {
        Counter counter = seats().counterInScope(counterId);
        seats().seatAt(counter);
        Ticket ticket = currentOrRefuse(counter);
        String desk = counter.getDesk().getCode();
        ServiceGroup group = ticket.getGroup();
        if (toPrefix != null && !toPrefix.isBlank()) {
            group = em.createNamedQuery("ServiceGroup.findByPrefix", ServiceGroup.class).setParameter("desk", desk)
                    .setParameter("prefix", toPrefix).getResultStream().filter(ServiceGroup::isActive).findFirst()
                    .orElseThrow(() -> new QueueException.UnknownGroup(toPrefix.substring(0, Math.min(5, toPrefix.length()))));
        }
        Long target = null;
        if (toCounterNumber != null) {
            target = em.createNamedQuery("Counter.findByDesk", Counter.class).setParameter("desk", desk).getResultStream()
                    .filter(c -> c.isActive() && c.getNumber() == toCounterNumber && c.getId() != counterId)
                    .findFirst().orElseThrow(() -> new QueueException("queue.counter.unknown")).getId();
        }
        if (target == null && group.equals(ticket.getGroup())) {
            throw new QueueException("queue.transfer.nowhere");
        }
        ticket.transfer(group, target);
    }

    public void pause(long counterId) {
        pauseOrResume(counterId, true);
    }

    public void resume(long counterId) {
        pauseOrResume(counterId, false);
    }

    private void pauseOrResume(long counterId, boolean pause) {
        Counter counter = seats().counterInScope(counterId);
        Seat seat = seats().seatAt(counter);
        if (pause) {
            if (current(counter).isPresent()) {
                throw new QueueException("queue.counter.busy", current(counter).get().getLabel());
            }
            seat.pause();
        } else {
            seat.resume();
        }
        messages.display(DisplayMessage.of(pause ? "PAUSE" : "RESUME", counter.getDesk().getCode(), counter.getNumber(),
                null, clock.millis()));
    }

    private Ticket atMyCounter(long counterId, TicketStatus expected) {
        Counter counter = seats().counterInScope(counterId);
        seats().seatAt(counter);
        Ticket ticket = currentOrRefuse(counter);
        if (ticket.getStatus() != expected) {
            throw new QueueException(expected == TicketStatus.CALLED ? "queue.ticket.notCalled" : "queue.ticket.notServing",
                    ticket.getLabel());
        }
        return ticket;
    }

    private Ticket currentOrRefuse(Counter counter) {
        return current(counter).orElseThrow(() -> new QueueException("queue.counter.idle"));
    }

    private java.util.Optional<Ticket> current(Counter counter) {
        return em.createNamedQuery("Ticket.atCounter", Ticket.class).setParameter("counter", counter.getId())
                .getResultStream().findFirst();
    }

    private List<ServiceGroup> servedGroups(Counter counter) {
        return em.createNamedQuery("ServiceGroup.findByDesk", ServiceGroup.class).setParameter("desk", counter.getDesk().getCode())
                .getResultStream().filter(g -> g.isActive() && g.servedBy(counter.getNumber(), counter.getFieldCodes())).toList();
    }

    /** The oldest waiting tickets of the groups (normal or priority), not reserved for another counter. */
    private List<FairCalling.Candidate> candidates(List<ServiceGroup> groups, Counter counter, boolean priority) {
        return em.createQuery("SELECT t.id, t.issuedAt FROM Ticket t WHERE t.group IN :groups AND t.day = :day"
                        + " AND t.status = vn.motcua.queue.entity.TicketStatus.ISSUED"
                        + " AND (t.targetCounterId IS NULL OR t.targetCounterId = :counter)"
                        + (priority ? " AND t.priorityCode IS NOT NULL" : " AND t.priorityCode IS NULL")
                        + " ORDER BY t.issuedAt, t.id", Object[].class)
                .setParameter("groups", groups).setParameter("day", today()).setParameter("counter", counter.getId())
                .setMaxResults(CANDIDATES).getResultStream()
                .map(r -> new FairCalling.Candidate((Long) r[0], priority, (Instant) r[1])).toList();
    }

    /** How many of the groups' latest calls today, in a row, were priority tickets. */
    private int priorityStreak(List<ServiceGroup> groups, int ratio) {
        List<String> latest = em.createQuery("SELECT t.priorityCode FROM Ticket t WHERE t.group IN :groups AND t.day = :day"
                        + " AND t.calledAt IS NOT NULL ORDER BY t.calledAt DESC, t.id DESC", String.class)
                .setParameter("groups", groups).setParameter("day", today()).setMaxResults(ratio).getResultList();
        int streak = 0;
        for (String code : latest) {
            if (code == null) {
                break;
            }
            streak++;
        }
        return streak;
    }

    private void display(String kind, Counter counter, Ticket ticket, Instant at) {
        messages.display(DisplayMessage.of(kind, counter.getDesk().getCode(), counter.getNumber(), ticket.getLabel(),
                at.toEpochMilli()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.VIETNAM);
    }

    private CounterSeats seats() {
        return new CounterSeats(em, caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

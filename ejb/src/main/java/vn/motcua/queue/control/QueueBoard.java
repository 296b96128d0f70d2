package vn.motcua.queue.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.Counter;
import vn.motcua.queue.boundary.BoardStateDto;
import vn.motcua.queue.entity.Seat;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.queue.entity.TicketStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the live queue: people ahead of a ticket with its estimated wait, and a desk's board. */
@Dependent
public class QueueBoard {

    /** People ahead of a ticket and the minutes they are likely to take. */
    public record Ahead(int people, int minutes) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceTimes times;

    /** A ticket as the kiosk shows it: its number and issue time, the people ahead and their estimated wait. */
    public record Shown(String label, LocalDate day, Instant issuedAt, Ahead ahead) {
    }

    public Ahead ahead(Ticket ticket) {
        if (ticket.getStatus() != TicketStatus.ISSUED) {
            return new Ahead(0, 0);
        }
        return shown(ticket.getId(), ticket.getGroup().getId()).ahead();
    }

    /** A waiting ticket of the group, read as values in one query (Ticket.shown) without loading it. */
    public Shown shown(long ticketId, long groupId) {
        Object[] row = em.createNamedQuery("Ticket.shown", Object[].class).setParameter("id", ticketId).getSingleResult();
        LocalDate day = (LocalDate) row[1];
        return new Shown((String) row[0], day, (Instant) row[2], ahead(groupId, day, ((Number) row[3]).intValue()));
    }

    /** The group's tickets of the day still waiting. */
    public int waiting(long groupId, LocalDate day) {
        return em.createNamedQuery("Ticket.waitingCount", Long.class).setParameter("group", groupId).setParameter("day", day)
                .getSingleResult().intValue();
    }

    /** So many people ahead in the group, with the minutes they are likely to take. */
    public Ahead ahead(long groupId, LocalDate day, int people) {
        ServiceTimes.Figures figures = times.of(groupId, day, () -> measure(em.find(ServiceGroup.class, groupId), day));
        return new Ahead(people, WaitEstimate.minutes(people, figures.averageService(), figures.openCounters()));
    }

    private ServiceTimes.Figures measure(ServiceGroup group, LocalDate day) {
        List<Object[]> served = em.createQuery("SELECT t.startedAt, t.finishedAt FROM Ticket t WHERE t.group = :group"
                        + " AND t.day = :day AND t.status = vn.motcua.queue.entity.TicketStatus.DONE", Object[].class)
                .setParameter("group", group).setParameter("day", day).setMaxResults(500).getResultList();
        Duration average = served.isEmpty() ? null : Duration.ofSeconds((long) served.stream()
                .mapToLong(r -> Duration.between((Instant) r[0], (Instant) r[1]).toSeconds()).average().orElse(0));
        return new ServiceTimes.Figures(average, openCounters(group));
    }

    private int openCounters(ServiceGroup group) {
        Map<Long, Counter> counters = counters(group.getDesk().getCode());
        return (int) em.createQuery("SELECT s FROM Seat s", Seat.class).getResultStream()
                .filter(s -> !s.isPaused()).map(s -> counters.get(s.getCounterId()))
                .filter(c -> c != null && group.servedBy(c.getNumber(), c.getFieldCodes())).count();
    }

    private Map<Long, Counter> counters(String desk) {
        return em.createNamedQuery("Counter.findByDesk", Counter.class).setParameter("desk", desk).getResultStream()
                .filter(Counter::isActive).collect(Collectors.toMap(Counter::getId, Function.identity()));
    }

    public BoardStateDto state(String deskCode) {
        Agency desk = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", deskCode)
                .getResultStream().findFirst().orElse(null);
        if (desk == null) {
            return null;
        }
        List<Counter> counters = em.createNamedQuery("Counter.findByDesk", Counter.class).setParameter("desk", deskCode)
                .getResultStream().filter(Counter::isActive).toList();
        Map<Long, Seat> seats = em.createQuery("SELECT s FROM Seat s", Seat.class).getResultStream()
                .collect(Collectors.toMap(Seat::getCounterId, Function.identity()));
        Map<Long, String> atCounter = em.createQuery("SELECT t FROM Ticket t WHERE t.group.desk = :desk"
                        + " AND t.status IN (vn.motcua.queue.entity.TicketStatus.CALLED, vn.motcua.queue.entity.TicketStatus.SERVING)",
                        Ticket.class).setParameter("desk", desk).getResultStream()
                .collect(Collectors.toMap(Ticket::getCounterId, Ticket::getLabel, (a, b) -> a));
        Map<Long, Integer> numbers = counters.stream().collect(Collectors.toMap(Counter::getId, Counter::getNumber));
        List<BoardStateDto.BoardCall> recent = em.createQuery("SELECT t FROM Ticket t WHERE t.group.desk = :desk"
                        + " AND t.lastCalledAt IS NOT NULL AND t.counterId IS NOT NULL ORDER BY t.lastCalledAt DESC", Ticket.class)
                .setParameter("desk", desk).setMaxResults(8).getResultStream()
                .filter(t -> numbers.containsKey(t.getCounterId()))
                .map(t -> new BoardStateDto.BoardCall(t.getLabel(), numbers.get(t.getCounterId()))).toList();
        return new BoardStateDto("STATE", deskCode, desk.getName(), counters.stream()
                .map(c -> new BoardStateDto.BoardCounter(c.getNumber(), c.getName(), atCounter.get(c.getId()),
                        seats.containsKey(c.getId()) && seats.get(c.getId()).isPaused())).toList(), recent);
    }
}

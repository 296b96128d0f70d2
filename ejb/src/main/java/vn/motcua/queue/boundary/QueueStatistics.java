package vn.motcua.queue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.Counter;
import vn.motcua.identity.entity.Role;
import vn.motcua.queue.control.QueueFigures;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.queue.entity.TicketStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Queue statistics of the desks a leader or reception officer covers: per day, group, counter or
 * officer over a period of at most a year.
 */
@Stateless
@RolesAllowed({"LEADER", "RECEPTION"})
public class QueueStatistics {

    /** What the rows are by. */
    public enum By { DAY, GROUP, COUNTER, OFFICER }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_TICKETS = 200_000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public List<QueueStatisticsRowDto> rows(LocalDate from, LocalDate to, By by) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(1).isBefore(to) || by == null) {
            throw new QueueException("queue.statistics.period");
        }
        List<Agency> desks = desksInScope();
        if (desks.isEmpty()) {
            return List.of();
        }
        Map<Long, String> counters = em.createQuery("SELECT c FROM Counter c WHERE c.desk IN :desks", Counter.class)
                .setParameter("desks", desks).getResultStream()
                .collect(Collectors.toMap(Counter::getId, c -> c.getDesk().getCode() + " · " + c.getName()));
        Function<Ticket, String> key = switch (by) {
            case DAY -> t -> DAY.format(t.getDay());
            case GROUP -> t -> t.getGroup().getPrefix() + " – " + t.getGroup().getName();
            case COUNTER -> t -> t.getCounterId() == null ? "—" : counters.getOrDefault(t.getCounterId(), "—");
            case OFFICER -> t -> t.getOfficer() == null ? "—" : t.getOfficer();
        };
        Map<String, QueueFigures> figures = new TreeMap<>();
        em.createQuery("SELECT t FROM Ticket t WHERE t.group.desk IN :desks AND t.day BETWEEN :from AND :to"
                        + " ORDER BY t.day, t.id", Ticket.class)
                .setParameter("desks", desks).setParameter("from", from).setParameter("to", to)
                .setMaxResults(MAX_TICKETS).getResultStream().forEach(t -> figures.computeIfAbsent(key.apply(t), k -> new QueueFigures())
                        .add(t.getStatus() == TicketStatus.DONE, t.getStatus() == TicketStatus.NO_SHOW, t.getIssuedAt(),
                                t.getCalledAt(), t.getStartedAt(), t.getFinishedAt()));
        return figures.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    private static QueueStatisticsRowDto row(String key, QueueFigures f) {
        return new QueueStatisticsRowDto(key, f.issued(), f.served(), f.noShows(), round(f.waitMedian()), round(f.waitP90()),
                round(f.waitMax()), round(f.serviceMedian()), round(f.serviceP90()), round(f.serviceMax()));
    }

    private static double round(double minutes) {
        return Math.round(minutes * 10) / 10.0;
    }

    private List<Agency> desksInScope() {
        String caller = session.getCallerPrincipal().getName();
        AgencyScope leader = AgencyScope.of(em, caller, Role.LEADER);
        AgencyScope reception = AgencyScope.of(em, caller, Role.RECEPTION);
        return em.createQuery("SELECT DISTINCT g.desk FROM ServiceGroup g", Agency.class).getResultStream()
                .filter(d -> leader.covers(d) || reception.covers(d)).toList();
    }
}

package vn.motcua.queue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.motcua.queue.control.NewTickets;
import vn.motcua.queue.control.QueueBoard;
import vn.motcua.queue.control.QueueNumbers;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.shared.boundary.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The issuing transaction itself: checks the group's hours, then, last, raises the group's number row
 * (refused past the daily cap) and writes the ticket with that number, so the row is held from those two
 * statements to the commit only; the number comes back with the raise, so nothing is read after it. It writes only to the database, so it commits in one phase. A kiosk request
 * that already has its ticket is refused by the write (QueueException.Replayed) and gives its number back.
 */
@Stateless
@PermitAll
public class TicketIssuing {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private QueueNumbers numbers;

    @Inject
    private NewTickets tickets;

    @Inject
    private QueueBoard board;

    @Inject
    private Clock clock;

    /** A new ticket as the kiosk shows it, with the tickets of its group waiting ahead of it. */
    public record Issued(long id, String label, LocalDate day, Instant issuedAt, int waitingAhead) {
    }

    public Issued issue(ServiceGroup.Terms group, String priorityCode, String kiosk, String requestId, String dossierCode) {
        // to the microsecond, as the column keeps it: the kiosk shows the time stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalTime time = LocalTime.ofInstant(now, Clocks.VIETNAM);
        if (!group.isOpenAt(time)) {
            throw new QueueException.Closed(group.name(), HOURS.format(group.opensAt()), HOURS.format(group.closesAt()));
        }
        // the working day in Viet Nam: the series restarts at local midnight, whatever the server's zone
        LocalDate day = LocalDate.ofInstant(now, Clocks.VIETNAM);
        // counted before the row is raised, so not while it is held: everyone waiting now is ahead of this ticket
        int waiting = board.waiting(group.id(), day);
        long id = tickets.nextId();
        int number = numbers.raise(group.id(), day, group.dailyCap())
                .orElseThrow(() -> new QueueException.Full(group.name(), group.dailyCap()));
        tickets.insert(id, group, number, day, now, priorityCode, kiosk, requestId, dossierCode);
        return new Issued(id, group.label(number), day, now, waiting);
    }
}

package vn.motcua.queue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.motcua.queue.control.NewTickets;
import vn.motcua.queue.control.QueueNumbers;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.shared.boundary.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The issuing transaction itself: checks the group's hours, then, last, raises the group's number row
 * (refused past the daily cap) and writes the ticket with that number, so the row is held from those two
 * statements to the commit only. It writes only to the database, so it commits in one phase. A kiosk request
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
    private Clock clock;

    /** The new ticket's id. */
    public long issue(ServiceGroup.Terms group, String priorityCode, String kiosk, String requestId, String dossierCode) {
        Instant now = clock.instant();
        LocalTime time = LocalTime.ofInstant(now, Clocks.VIETNAM);
        if (!group.isOpenAt(time)) {
            throw new QueueException.Closed(group.name(), HOURS.format(group.opensAt()), HOURS.format(group.closesAt()));
        }
        // the working day in Viet Nam: the series restarts at local midnight, whatever the server's zone
        LocalDate day = LocalDate.ofInstant(now, Clocks.VIETNAM);
        long id = tickets.nextId();
        if (!numbers.raise(group.id(), day, group.dailyCap())) {
            throw new QueueException.Full(group.name(), group.dailyCap());
        }
        tickets.insert(id, group, day, now, priorityCode, kiosk, requestId, dossierCode);
        return id;
    }
}

package vn.motcua.queue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.motcua.queue.control.GroupCommit;
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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The issuing transaction itself, for the requests of one group waiting in line (GroupCommit), in their order:
 * checks the group's hours, then for each raises the group's number row (refused past the daily cap) and writes
 * the ticket with that number, so the row is held from the first raise to the one commit they share; the number
 * comes back with the raise, so nothing is read after it. It writes only to the database, so it commits in one
 * phase. A kiosk request that already has its ticket is refused by the write (QueueException.Replayed) and
 * gives its number back, and the others go on.
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

    /** One request for a number: a kiosk's (kiosk and request id), a returning citizen's (dossier) or a desk's. */
    public record Request(String priorityCode, String kiosk, String requestId, String dossierCode) {
    }

    /** A new ticket as the kiosk shows it, with the tickets of its group waiting ahead of it. */
    public record Issued(long id, String label, LocalDate day, Instant issuedAt, int waitingAhead) {
    }

    public List<GroupCommit.Result<Issued>> issue(ServiceGroup.Terms group, List<Request> requests) {
        // to the microsecond, as the column keeps it: the kiosk shows the time stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalTime time = LocalTime.ofInstant(now, Clocks.VIETNAM);
        if (!group.isOpenAt(time)) {
            QueueException closed = new QueueException.Closed(group.name(), HOURS.format(group.opensAt()),
                    HOURS.format(group.closesAt()));
            return requests.stream().map(r -> GroupCommit.Result.<Issued>refused(closed)).toList();
        }
        // the working day in Viet Nam: the series restarts at local midnight, whatever the server's zone
        LocalDate day = LocalDate.ofInstant(now, Clocks.VIETNAM);
        // counted before the row is raised, so not while it is held: everyone waiting now is ahead of these tickets
        int waiting = board.waiting(group.id(), day);
        List<GroupCommit.Result<Issued>> results = new ArrayList<>(requests.size());
        for (Request request : requests) {
            // a microsecond apart, so the order of issue (which ranks the calling) is the order of the numbers
            Instant issuedAt = now.plus(results.size(), ChronoUnit.MICROS);
            long id = tickets.nextId();
            OptionalInt number = numbers.raise(group.id(), day, group.dailyCap());
            if (number.isEmpty()) {
                results.add(GroupCommit.Result.refused(new QueueException.Full(group.name(), group.dailyCap())));
            } else if (!tickets.insert(id, group, number.getAsInt(), day, issuedAt, request.priorityCode(),
                    request.kiosk(), request.requestId(), request.dossierCode())) {
                numbers.giveBack(group.id(), day);
                results.add(GroupCommit.Result.refused(new QueueException.Replayed()));
            } else {
                results.add(GroupCommit.Result.of(new Issued(id, group.label(number.getAsInt()), day, issuedAt, waiting++)));
            }
        }
        return results;
    }
}

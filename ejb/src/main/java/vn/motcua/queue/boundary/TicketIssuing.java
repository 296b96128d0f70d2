package vn.motcua.queue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.queue.control.QueueNumbers;
import vn.motcua.queue.control.TicketPrinters;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.shared.boundary.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The issuing transaction itself: checks the group's hours, takes the number last (from the group's
 * row, held until commit), refuses past the daily cap (the rollback gives the number back), stores the
 * ticket. It writes only to the database, so it commits in one phase and the row is held briefly.
 */
@Stateless
@PermitAll
public class TicketIssuing {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private QueueNumbers numbers;

    @Inject
    private Clock clock;

    public long issue(long groupId, String priorityCode, String kiosk, String requestId, String dossierCode) {
        ServiceGroup group = em.find(ServiceGroup.class, groupId);
        Instant now = clock.instant();
        LocalTime time = LocalTime.ofInstant(now, Clocks.VIETNAM);
        if (!group.isOpenAt(time)) {
            throw new QueueException.Closed(group.getName(), HOURS.format(group.getOpensAt()), HOURS.format(group.getClosesAt()));
        }
        // the working day in Viet Nam: the series restarts at local midnight, whatever the server's zone
        LocalDate day = LocalDate.ofInstant(now, Clocks.VIETNAM);
        int number = numbers.next(groupId, day);
        if (number > group.getDailyCap()) {
            throw new QueueException.Full(group.getName(), group.getDailyCap());
        }
        Ticket ticket = new Ticket(group, day, number, priorityCode, now);
        if (kiosk != null) {
            ticket.fromKiosk(kiosk, requestId);
            if (TicketPrinters.addressOf(kiosk).isEmpty()) {
                // nothing to send it to: recorded at once, shown on the kiosk's screen and the console
                ticket.printFailed("no printer configured for kiosk " + kiosk, true);
            }
        }
        if (dossierCode != null) {
            ticket.forDossier(dossierCode);
        }
        em.persist(ticket);
        em.flush();
        return ticket.getId();
    }
}

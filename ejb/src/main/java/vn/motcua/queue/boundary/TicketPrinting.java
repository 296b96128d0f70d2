package vn.motcua.queue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.queue.control.QueueBoard;
import vn.motcua.queue.control.TicketPrinters;
import vn.motcua.queue.control.TicketSlip;
import vn.motcua.queue.entity.PrintStatus;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.shared.boundary.Clocks;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Prints a ticket at its kiosk's network printer. A kiosk without a configured printer fails at once
 * (nothing to retry); an unreachable printer is tried motcua.queue.print-attempts times (3) by the
 * queue's redelivery. Either way the ticket stays valid, was shown on the kiosk's screen, and the
 * failure shows on the counter console.
 */
@Stateless
@PermitAll
public class TicketPrinting {

    static final String PUBLIC_URL = System.getProperty("motcua.public-url", "http://localhost:8080/motcua");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Clocks.VIETNAM);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PrintAttempts attempts;

    @Inject
    private QueueBoard board;

    private final int maxAttempts = Integer.getInteger("motcua.queue.print-attempts", 3);

    public void print(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || ticket.getPrintStatus() != PrintStatus.PENDING) {
            return;
        }
        Optional<String> address = TicketPrinters.addressOf(ticket.getKiosk());
        if (address.isEmpty()) {
            attempts.recordFailure(ticketId, "no printer configured for kiosk " + ticket.getKiosk(), maxAttempts, false);
            return;
        }
        int ahead = board.ahead(ticket).people();
        String desk = ticket.getGroup().getDesk().getCode();
        byte[] bytes = TicketSlip.escPos(new TicketSlip.Content(ticket.getGroup().getDesk().getName(),
                ticket.getGroup().getName(), ticket.getLabel(), WHEN.format(ticket.getIssuedAt()), ahead,
                "Số người đang chờ trước bạn: " + ahead,
                PUBLIC_URL + "/board?desk=" + URLEncoder.encode(desk, StandardCharsets.UTF_8)));
        try {
            TicketPrinters.send(address.get(), bytes);
        } catch (IOException | RuntimeException e) {
            if (attempts.recordFailure(ticketId, address.get() + ": " + e, maxAttempts, true)) {
                throw new PrintPostponed(ticketId, e);
            }
            return;
        }
        ticket.printed();
    }
}

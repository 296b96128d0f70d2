package vn.motcua.queue.boundary;

import vn.motcua.queue.entity.Ticket;

import java.time.Instant;

/** The ticket at a counter, as the console shows it. */
public record CounterTicketDto(long id, String label, String groupName, String status, String priorityCode,
                              int callCount, Instant issuedAt, String dossierCode) implements java.io.Serializable {

    static CounterTicketDto of(Ticket ticket) {
        return new CounterTicketDto(ticket.getId(), ticket.getLabel(), ticket.getGroup().getName(), ticket.getStatus().name(),
                ticket.getPriorityCode(), ticket.getCallCount(), ticket.getIssuedAt(), ticket.getDossierCode());
    }
}

package vn.motcua.queue.boundary;

import java.time.Instant;

/** A ticket just issued, as the kiosk shows it: number, group, people ahead, estimated wait in minutes. */
public record IssuedTicketDto(long id, String label, String groupName, Instant issuedAt, int peopleAhead,
                              int estimatedMinutes, boolean printerConfigured) implements java.io.Serializable {
}

package vn.motcua.exchange.boundary;

import java.time.Instant;

/**
 * A department as the exchange screen shows it: whether its system is connected, whether its two
 * queues exist on the broker, and how many forwards wait unread in its outbound queue.
 */
public record DepartmentLinkDto(String agencyCode, String agencyName, boolean connected, boolean queuesReady,
                                int waiting, String changedBy, Instant changedAt) {
}

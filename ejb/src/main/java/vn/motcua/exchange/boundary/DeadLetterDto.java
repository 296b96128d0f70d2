package vn.motcua.exchange.boundary;

import java.time.Instant;

/**
 * An exchange message parked in motcua.DLQ: the JMS id that names it for replay or discard, the
 * department it came from, why it was parked (ExchangeRejection.Reason name) and the body as received.
 */
public record DeadLetterDto(String id, String agencyCode, String dossierCode, String reason, String detail,
                            Instant parkedAt, String body) {
}

package vn.motcua.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import vn.motcua.exchange.control.DeadLetterProperties;
import vn.motcua.exchange.control.ExchangeRejection;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Parks an inbound message in motcua.DLQ with its reason, in the consumer's transaction: the delivery
 * is acknowledged and the parked copy written together, so the message is neither redelivered forever
 * nor lost.
 */
@Stateless
@PermitAll
public class DeadLetterParking {

    private static final Logger LOG = Logger.getLogger(DeadLetterParking.class.getName());

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/DLQ")
    private Queue deadLetters;

    @Inject
    private Clock clock;

    public void park(String body, String agencyCode, ExchangeRejection.Reason reason, String detail) {
        String shortDetail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        LOG.warning(() -> "exchange message from " + agencyCode + " parked: " + reason + " " + shortDetail);
        jms.createProducer()
                .setProperty(DeadLetterProperties.REASON, reason.name())
                .setProperty(DeadLetterProperties.DETAIL, shortDetail)
                .setProperty(DeadLetterProperties.AGENCY, agencyCode == null ? "" : agencyCode)
                .setProperty(DeadLetterProperties.PARKED_AT, clock.millis())
                .send(deadLetters, body == null ? "" : body);
    }
}

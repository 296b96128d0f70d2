package vn.motcua.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.exchange.control.DeadLetterProperties;
import vn.motcua.exchange.control.ExchangeQueues;
import vn.motcua.exchange.entity.ExchangeRecord;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exchange's dead letters, for an administrator: read them where they are (motcua.DLQ, browsed,
 * not consumed), replay one — its body as received or as corrected — to the inbound queue of the
 * department it came from, or discard it, which keeps the body in the exchange log. Taking the message
 * off the queue and sending the replay happen in one transaction: it is never in both places or none.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DeadLetters {

    private static final Pattern AGENCY = Pattern.compile("\"agencyCode\"\\s*:\\s*\"([^\"]{1,40})\"");
    private static final Pattern DOSSIER = Pattern.compile("\"dossierCode\"\\s*:\\s*\"([^\"]{1,60})\"");
    private static final int LIST_LIMIT = 500;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/DLQ")
    private Queue deadLetters;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public List<DeadLetterDto> list() {
        List<DeadLetterDto> found = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters, DeadLetterProperties.SELECTOR)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && found.size() < LIST_LIMIT) {
                found.add(describe((Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse motcua.DLQ", e);
        }
        return found;
    }

    /** Sends the (corrected) body to the department's inbound queue and removes the dead letter. */
    public void replay(String id, String correctedBody) {
        DeadLetterDto letter = take(id);
        String body = correctedBody == null || correctedBody.isBlank() ? letter.body() : correctedBody.strip();
        String agency = letter.agencyCode() != null ? letter.agencyCode() : match(AGENCY, body);
        if (agency == null) {
            throw new BusinessException("exchange.deadLetter.noAgency");
        }
        jms.createProducer().send(jms.createQueue(ExchangeQueues.inbound(agency)), body);
        audit.record(session.getCallerPrincipal().getName(), "EXCHANGE_DEAD_LETTER_REPLAYED", agency,
                (body.equals(letter.body()) ? "as received: " : "corrected: ") + letter.reason() + " " + id);
    }

    /** Removes the dead letter for good; the body stays in the exchange log and the audit names who did it. */
    public void discard(String id) {
        DeadLetterDto letter = take(id);
        String agency = letter.agencyCode() == null ? "?" : letter.agencyCode();
        em.persist(new ExchangeRecord(id, ExchangeRecord.Direction.IN, agency,
                letter.dossierCode() == null ? "?" : letter.dossierCode(), 0, 0, "DEAD_LETTER",
                ExchangeRecord.Outcome.DISCARDED, letter.reason() + ": " + letter.body(), clock.instant()));
        audit.record(session.getCallerPrincipal().getName(), "EXCHANGE_DEAD_LETTER_DISCARDED", agency,
                letter.reason() + " " + id);
    }

    private DeadLetterDto take(String id) {
        if (id == null || !id.matches("ID:[0-9A-Za-z-]{1,80}")) {
            throw new BusinessException("exchange.deadLetter.gone");
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, "JMSMessageID = '" + id + "'")) {
            Message message = consumer.receive(2000);
            if (message == null) {
                throw new BusinessException("exchange.deadLetter.gone");
            }
            return describe(message);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read dead letter " + id, e);
        }
    }

    private static DeadLetterDto describe(Message message) throws JMSException {
        String body = message instanceof TextMessage text ? text.getText() : "";
        String reason = message.getStringProperty(DeadLetterProperties.REASON);
        String agency = message.getStringProperty(DeadLetterProperties.AGENCY);
        long parkedAt = message.propertyExists(DeadLetterProperties.PARKED_AT)
                ? message.getLongProperty(DeadLetterProperties.PARKED_AT) : message.getJMSTimestamp();
        return new DeadLetterDto(message.getJMSMessageID(), agency == null || agency.isEmpty() ? match(AGENCY, body) : agency,
                match(DOSSIER, body), reason == null ? "REDELIVERY_EXHAUSTED" : reason,
                Optional.ofNullable(message.getStringProperty(DeadLetterProperties.DETAIL)).orElse(""),
                Instant.ofEpochMilli(parkedAt), body == null ? "" : body);
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = body == null ? null : pattern.matcher(body);
        return matcher != null && matcher.find() ? matcher.group(1) : null;
    }
}

package vn.motcua.exchange.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import vn.motcua.exchange.boundary.DeadLetterParking;
import vn.motcua.exchange.boundary.DepartmentUpdates;
import vn.motcua.exchange.control.DeadLetterProperties;
import vn.motcua.exchange.control.ExchangeQueues;
import vn.motcua.exchange.control.ExchangeRejection;

/**
 * Status updates from department systems. Each department writes to its own motcua.dept.&lt;code&gt;.in,
 * which Artemis diverts to motcua.dept.in (configure.cli) keeping the original address: one consumer
 * for every department, and the address tells which department sent the message, as only that
 * department's system may write there. A message the contract or the workflow refuses is parked at
 * once with its reason; any other failure is retried and parked at the last attempt.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/dept/in"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@PermitAll
public class DepartmentUpdateConsumer implements MessageListener {

    private static final int MAX_ATTEMPTS = Integer.getInteger("motcua.jms.max-delivery-attempts", 5);

    @EJB
    private DepartmentUpdates updates;

    @EJB
    private DeadLetterParking parking;

    @Override
    public void onMessage(Message message) {
        String origin;
        String body;
        try {
            origin = ExchangeQueues.agencyOfInbound(message.getStringProperty(DeadLetterProperties.ORIGINAL_ADDRESS));
            if (!(message instanceof TextMessage text)) {
                parking.park(null, origin, ExchangeRejection.Reason.BAD_JSON, "not a text message: " + message.getClass().getSimpleName());
                return;
            }
            body = text.getText();
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable department message", e);
        }
        try {
            updates.apply(origin, body);
        } catch (ExchangeRejection rejection) {
            parking.park(body, origin, rejection.reason(), rejection.detail());
        } catch (EJBException failure) {
            if (attempt(message) < MAX_ATTEMPTS) {
                throw failure;
            }
            parking.park(body, origin, ExchangeRejection.Reason.REDELIVERY_EXHAUSTED, String.valueOf(rootCause(failure)));
        }
    }

    private static int attempt(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}

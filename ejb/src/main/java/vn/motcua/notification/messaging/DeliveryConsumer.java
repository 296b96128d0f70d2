package vn.motcua.notification.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.notification.boundary.ApplicantDelivery;
import vn.motcua.notification.boundary.DeliveryMessage;

/**
 * Makes one delivery attempt per message on the delivery queue. A failed attempt rolls the message back
 * (ApplicantDelivery records it first), so the broker redelivers it after the queue's delay.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/delivery"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@PermitAll
public class DeliveryConsumer implements MessageListener {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private ApplicantDelivery delivery;

    @Override
    public void onMessage(Message message) {
        DeliveryMessage attempt;
        try {
            attempt = JSON.fromJson(message.getBody(String.class), DeliveryMessage.class);
        } catch (JMSException e) {
            // Rolled back and redelivered; after the configured attempts it lands in motcua.DLQ.
            throw new IllegalStateException("unreadable delivery message", e);
        }
        delivery.deliver(attempt.deliveryId());
    }
}

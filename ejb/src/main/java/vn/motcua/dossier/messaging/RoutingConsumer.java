package vn.motcua.dossier.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.dossier.boundary.RoutingMessage;
import vn.motcua.dossier.control.TaskOpening;

/** Turns each hand-off on the routing queue into the receiving department's task, inside the delivery's transaction. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/routing"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@PermitAll
public class RoutingConsumer implements MessageListener {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private TaskOpening tasks;

    @Override
    public void onMessage(Message message) {
        try {
            tasks.open(JSON.fromJson(message.getBody(String.class), RoutingMessage.class));
        } catch (JMSException e) {
            // Rolled back and redelivered; after the configured attempts it lands in motcua.DLQ.
            throw new IllegalStateException("unreadable routing message", e);
        }
    }
}

package vn.motcua.queue.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.queue.boundary.PrintMessage;
import vn.motcua.queue.boundary.TicketPrinting;

/**
 * One print attempt per message on the printer queue. A failed attempt is recorded and the message rolls
 * back, so the broker tries again after the queue's delay, up to motcua.queue.print-attempts.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/printer"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@PermitAll
public class TicketPrintConsumer implements MessageListener {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private TicketPrinting printing;

    @Override
    public void onMessage(Message message) {
        PrintMessage command;
        try {
            command = JSON.fromJson(message.getBody(String.class), PrintMessage.class);
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable print command", e);
        }
        printing.print(command.ticketId());
    }
}

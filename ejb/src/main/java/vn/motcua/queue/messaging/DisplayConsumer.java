package vn.motcua.queue.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.motcua.queue.boundary.DisplayBoards;

import java.util.logging.Logger;

/**
 * This node's subscriber to the display topic: every node has its own (non-durable) subscription and
 * pushes each command to the boards connected to it. A board that was away gets the state on reconnect,
 * so nothing is kept for it here.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/display"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DisplayConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DisplayConsumer.class.getName());

    @EJB
    private DisplayBoards boards;

    @Override
    public void onMessage(Message message) {
        try {
            String desk = message.getStringProperty("desk");
            if (desk != null) {
                boards.push(desk, message.getBody(String.class));
            }
        } catch (JMSException e) {
            LOG.warning(() -> "unreadable display command: " + e);
        }
    }
}

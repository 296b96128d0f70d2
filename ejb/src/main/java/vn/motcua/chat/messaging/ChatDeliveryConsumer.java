package vn.motcua.chat.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.motcua.chat.boundary.ConnectedOfficers;
import vn.motcua.chat.control.ChatTopic;

/**
 * One per node (a non-durable subscription of each node's MDB): pushes each chat message to the sockets
 * open here. One session keeps the topic's order, so a conversation's messages arrive in sequence.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/chat"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
// pushing to sockets cannot be rolled back, and a page that missed a push catches up by number: no XA commit per message
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatDeliveryConsumer implements MessageListener {

    @EJB
    private ConnectedOfficers sockets;

    @Override
    public void onMessage(Message message) {
        try {
            sockets.deliver(ChatTopic.read(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable chat message", e);
        }
    }
}

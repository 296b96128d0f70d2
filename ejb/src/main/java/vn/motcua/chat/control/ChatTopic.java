package vn.motcua.chat.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.chat.boundary.ChatDeliveryMessage;

/**
 * Publishes a stored message to motcua.chat inside the sender's transaction (the JMSContext joins it):
 * a message that rolls back is never pushed, and every node's consumer pushes to its own sockets.
 */
@Dependent
public class ChatTopic {

    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/chat")
    private Topic topic;

    public void publish(ChatDeliveryMessage delivery) {
        jms.createProducer().setProperty("formatVersion", ChatDeliveryMessage.FORMAT_VERSION)
                .send(topic, JSON.toJson(delivery));
    }

    public static ChatDeliveryMessage read(String json) {
        return JSON.fromJson(json, ChatDeliveryMessage.class);
    }
}

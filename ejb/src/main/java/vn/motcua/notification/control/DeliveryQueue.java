package vn.motcua.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.notification.boundary.DeliveryMessage;

/**
 * Asks for one delivery attempt on java:/jms/motcua/delivery inside the caller's JTA transaction: a
 * delivery row that rolls back was never asked for, one that commits is durably queued. The queue's
 * redelivery settings space and bound the attempts after a failure.
 */
@Dependent
public class DeliveryQueue {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/delivery")
    private Queue queue;

    public void send(long deliveryId) {
        jms.createProducer().setProperty("formatVersion", DeliveryMessage.FORMAT_VERSION)
                .send(queue, JSON.toJson(new DeliveryMessage(deliveryId)));
    }
}

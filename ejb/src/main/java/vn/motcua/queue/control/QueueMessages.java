package vn.motcua.queue.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.queue.boundary.DisplayMessage;
import vn.motcua.queue.boundary.PrintMessage;

/**
 * Sends the queue's commands inside the caller's JTA transaction: a call that rolls back never shows on
 * a board, a ticket that rolls back is never printed.
 */
@Dependent
public class QueueMessages {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/display")
    private Topic display;

    @Resource(lookup = "java:/jms/motcua/printer")
    private Queue printer;

    public void display(DisplayMessage message) {
        jms.createProducer().setProperty("formatVersion", DisplayMessage.FORMAT_VERSION)
                .setProperty("desk", message.desk()).send(display, JSON.toJson(message));
    }

    public void print(long ticketId) {
        jms.createProducer().setProperty("formatVersion", PrintMessage.FORMAT_VERSION)
                .send(printer, JSON.toJson(PrintMessage.of(ticketId)));
    }
}

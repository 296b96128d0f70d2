package vn.motcua.audit.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.audit.boundary.AuditEventMessage;
import vn.motcua.audit.boundary.AuditLog;

/** Reads audit events from the audit queue and stores each once. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/motcua/audit"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@PermitAll
public class AuditEventConsumer implements MessageListener {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private AuditLog log;

    @Override
    public void onMessage(Message message) {
        try {
            log.store(JSON.fromJson(message.getBody(String.class), AuditEventMessage.class));
        } catch (JMSException e) {
            // Rolled back and redelivered; after the configured attempts it lands in motcua.DLQ.
            throw new IllegalStateException("unreadable audit message", e);
        }
    }
}

package vn.motcua.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.time.Clock;
import java.util.UUID;

/**
 * Records an audit event by sending it to the audit queue inside the caller's transaction: if the
 * caller rolls back, the event was never sent; if it commits, the event is durably queued.
 */
@Stateless
@PermitAll
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/audit")
    private Queue auditQueue;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog log;

    public String record(String actor, String action, String subject, String detail) {
        AuditEventMessage event = event(actor, action, subject, detail);
        jms.createProducer()
                .setProperty("formatVersion", AuditEventMessage.FORMAT_VERSION)
                .send(auditQueue, JSON.toJson(event));
        return event.eventId();
    }

    /**
     * Writes the event straight into the caller's database transaction, for a caller whose transaction
     * touches nothing else: no message means no two-phase commit, which matters where the caller holds
     * a hot row lock until it commits (the desk's daily dossier counter).
     */
    public String recordInDatabase(String actor, String action, String subject, String detail) {
        AuditEventMessage event = event(actor, action, subject, detail);
        log.append(event);
        return event.eventId();
    }

    private AuditEventMessage event(String actor, String action, String subject, String detail) {
        return new AuditEventMessage(UUID.randomUUID().toString(), clock.instant(),
                actor == null ? "anonymous" : actor, action, subject, detail);
    }

}

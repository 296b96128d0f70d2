package vn.motcua.audit.boundary;

import java.time.Instant;

/**
 * Message on java:/jms/motcua/audit, JSON, format version 1 (JMS property "formatVersion").
 * eventId is unique per event and makes the consumer idempotent.
 */
public record AuditEventMessage(String eventId, Instant occurredAt, String actor, String action,
                                String subject, String detail) {

    public static final int FORMAT_VERSION = 1;
}

package vn.motcua.audit.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import vn.motcua.audit.entity.AuditEvent;
import vn.motcua.shared.boundary.Clocks;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Turns an audit event into a CSV record with the time as people read it (HH:mm:ss dd/MM/yyyy). */
@Named
@Dependent
public class AuditEventProcessor implements ItemProcessor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(Clocks.VIETNAM);

    @Override
    public Object processItem(Object item) {
        AuditEvent event = (AuditEvent) item;
        return List.of(TIME.format(event.getOccurredAt()), event.getActor(), event.getAction(),
                nullToEmpty(event.getSubject()), nullToEmpty(event.getDetail()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

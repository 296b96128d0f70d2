package vn.motcua.it.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.motcua.audit.batch.AuditExport;
import vn.motcua.audit.boundary.AuditLog;
import vn.motcua.audit.entity.AuditEvent;

import java.time.LocalDate;
import java.util.Optional;

/** Calls ADMIN-only boundaries as an administrator would, for in-container tests. */
@Stateless
@PermitAll
@RunAs("ADMIN")
public class AdminProbe {

    @EJB
    private AuditLog log;

    @EJB
    private AuditExport export;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AuditEvent> auditEvent(String eventId) {
        return log.byEventId(eventId);
    }

    public long startAuditExport(LocalDate firstDay, LocalDate lastDay) {
        return export.start(firstDay, lastDay);
    }

    public BatchStatus status(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
    }

    public String outputOf(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId).getJobParameters().getProperty("output");
    }
}

package vn.motcua.audit.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.DataDirectory;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;

/** Starts and follows the audit-export job for administrators. */
@Stateless
@RolesAllowed("ADMIN")
public class AuditExport {

    static final String JOB = "audit-export";

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /** Exports the events from the first day to the last day, both included; returns the execution id. */
    public long start(LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)
                || ChronoUnit.DAYS.between(firstDay, lastDay) > 366) {
            throw new BusinessException("audit.exportPeriodInvalid");
        }
        Path output = exportDirectory().resolve("audit-" + firstDay + "_" + lastDay + "-" + System.currentTimeMillis() + ".csv");
        Properties parameters = new Properties();
        parameters.setProperty("from", firstDay.toString());
        parameters.setProperty("to", lastDay.plusDays(1).toString());
        parameters.setProperty("output", output.toString());
        long execution = operator().start(JOB, parameters);
        audit.record(session.getCallerPrincipal().getName(), "AUDIT_EXPORT_STARTED", output.getFileName().toString(),
                firstDay + " – " + lastDay);
        return execution;
    }

    public List<AuditExportDto> recent(int max) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(JOB)) {
            return List.of();
        }
        return operator.getJobInstances(JOB, 0, max).stream()
                .flatMap(instance -> operator.getJobExecutions(instance).stream())
                .map(AuditExport::describe)
                .sorted((a, b) -> Long.compare(b.executionId(), a.executionId()))
                .toList();
    }

    private static AuditExportDto describe(JobExecution execution) {
        String output = execution.getJobParameters().getProperty("output");
        return new AuditExportDto(execution.getExecutionId(), execution.getBatchStatus().name(),
                execution.getStartTime(), execution.getEndTime(), output, ExportFiles.checksumOf(output));
    }

    static Path exportDirectory() {
        return DataDirectory.resolve("exports");
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}

package vn.motcua.statistics.batch;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.statistics.boundary.AgencyChoiceDto;
import vn.motcua.statistics.boundary.ReportPeriod;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Starts and follows the provincial-statistics job for the province office and administrators, within
 * the provinces of their scope; lists a province's published reports for download.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE"})
public class ProvincialStatistics {

    static final int HISTORY = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /** The provinces the caller may report on. */
    public List<AgencyChoiceDto> provinces() {
        Set<Long> scope = scope();
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream()
                .filter(a -> a.getKind() == AgencyKind.PROVINCE && scope.contains(a.getId()))
                .map(a -> new AgencyChoiceDto(a.getId(), a.getCode(), a.getName(), 0)).toList();
    }

    public long start(long provinceId, String periodType, String period) {
        return start(provinceId, periodType, period, new Properties());
    }

    /**
     * A restart drill: the same run, but each partition fails after
     * {@code failAfterItems} rows committed {@code itemCount} at a time; "restart" then must finish it
     * with the same figures as a clean run.
     */
    public long startDrill(long provinceId, String periodType, String period, int failAfterItems, int itemCount) {
        if (failAfterItems < 0 || itemCount < 1) {
            throw new BusinessException("statistics.drill.invalid");
        }
        Properties extra = new Properties();
        extra.setProperty(JobSettings.FAIL_AFTER, String.valueOf(failAfterItems));
        extra.setProperty("itemCount", String.valueOf(itemCount));
        return start(provinceId, periodType, period, extra);
    }

    /** Restarts a failed or stopped run where its partitions stopped, without the drill's failure. */
    public long restart(long executionId) {
        JobExecution execution = execution(executionId);
        Properties parameters = new Properties();
        execution.getJobParameters().stringPropertyNames()
                .forEach(name -> parameters.setProperty(name, execution.getJobParameters().getProperty(name)));
        // JBeret keeps the first start's parameters under the restart's: the drill's failure is switched off
        parameters.setProperty(JobSettings.FAIL_AFTER, "");
        try {
            long restarted = operator().restart(executionId, parameters);
            audit.record(caller(), "STATISTICS_RESTARTED", String.valueOf(executionId), String.valueOf(restarted));
            return restarted;
        } catch (RuntimeException notRestartable) {
            throw new BusinessException("statistics.run.notRestartable");
        }
    }

    public void stop(long executionId) {
        execution(executionId);
        try {
            operator().stop(executionId);
        } catch (RuntimeException notRunning) {
            throw new BusinessException("statistics.run.notRunning");
        }
    }

    /** The latest runs of the caller's provinces, newest first. */
    public List<ProvincialRunDto> recent() {
        JobOperator operator = operator();
        Set<Long> scope = scope();
        try {
            return operator.getJobInstances(JobSettings.JOB, 0, HISTORY).stream()
                    .flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .filter(e -> inScope(e, scope))
                    .map(e -> describe(operator, e))
                    .sorted(Comparator.comparingLong(ProvincialRunDto::executionId).reversed())
                    .toList();
        } catch (NoSuchJobException | JobSecurityException neverRun) {
            return List.of();
        }
    }

    /** The periods published for a province, newest folder first, read from their manifests. */
    public List<PublishedReportDto> published(long provinceId) {
        Agency province = province(provinceId);
        Path root = ReportFiles.folder(province.getCode(), "x").orElseThrow().getParent();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<PublishedReportDto> published = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root); Jsonb json = JsonbBuilder.create()) {
            for (Path manifest : folders.map(f -> f.resolve("manifest.json")).filter(Files::isRegularFile).toList()) {
                ProvincialReportMessage message = json.fromJson(Files.readString(manifest, StandardCharsets.UTF_8),
                        ProvincialReportMessage.class);
                published.add(new PublishedReportDto(message.province(), message.periodKey(), message.agencies(),
                        message.files()));
            }
        } catch (Exception e) {
            throw new BusinessException("statistics.files.unreadable");
        }
        published.sort(Comparator.comparing(PublishedReportDto::periodKey).reversed());
        return published;
    }

    private long start(long provinceId, String periodType, String period, Properties extra) {
        province(provinceId);
        ReportPeriod reportPeriod = ReportPeriod.of(periodType, period);
        Properties parameters = new JobSettings(provinceId, reportPeriod, clock.instant()).parameters();
        parameters.putAll(extra);
        long execution = operator().start(JobSettings.JOB, parameters);
        audit.record(caller(), "STATISTICS_STARTED", String.valueOf(execution), reportPeriod.key());
        return execution;
    }

    private Agency province(long provinceId) {
        Agency province = em.find(Agency.class, provinceId);
        if (province == null || province.getKind() != AgencyKind.PROVINCE || !scope().contains(provinceId)) {
            throw new BusinessException("statistics.agency.unknown");
        }
        return province;
    }

    private JobExecution execution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (JobSettings.JOB.equals(execution.getJobName()) && inScope(execution, scope())) {
                return execution;
            }
        } catch (RuntimeException unknown) {
            // answered below as for any run outside the caller's provinces
        }
        throw new BusinessException("statistics.run.unknown");
    }

    private static boolean inScope(JobExecution execution, Set<Long> scope) {
        String province = execution.getJobParameters().getProperty(JobSettings.PROVINCE);
        return province != null && scope.contains(Long.parseLong(province));
    }

    private static ProvincialRunDto describe(JobOperator operator, JobExecution e) {
        List<ProvincialRunDto.StepDto> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(e.getExecutionId())) {
            steps.add(new ProvincialRunDto.StepDto(step.getStepName(), step.getBatchStatus().name(),
                    metric(step, Metric.MetricType.READ_COUNT), metric(step, Metric.MetricType.WRITE_COUNT),
                    step.getExitStatus(), step.getStartTime(), step.getEndTime()));
        }
        Properties p = e.getJobParameters();
        boolean restartable = e.getBatchStatus() == BatchStatus.FAILED || e.getBatchStatus() == BatchStatus.STOPPED;
        return new ProvincialRunDto(e.getExecutionId(), operator.getJobInstance(e.getExecutionId()).getInstanceId(),
                p.getProperty(JobSettings.PROVINCE), p.getProperty(JobSettings.PERIOD_TYPE), p.getProperty(JobSettings.PERIOD),
                e.getBatchStatus().name(), e.getExitStatus(), e.getStartTime(), e.getEndTime(), steps, restartable);
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        Metric[] metrics = step.getMetrics();
        if (metrics != null) {
            for (Metric metric : metrics) {
                if (metric.getType() == type) {
                    return metric.getValue();
                }
            }
        }
        return 0;
    }

    private Set<Long> scope() {
        Set<Long> scope = new HashSet<>(AgencyScope.of(em, caller(), Role.PROVINCE).agencyIds());
        scope.addAll(AgencyScope.of(em, caller(), Role.ADMIN).agencyIds());
        return scope;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

}

package vn.motcua.statistics.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.calendar.control.CalendarSnapshot;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.statistics.boundary.ReportPeriod;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Runs last month's provincial reports for every province on the day set by
 * {@code motcua.statistics.schedule}: {@code first-working-day} (the default: the first working day of
 * the month on the province's calendar, when the offices are back to read them), {@code day-N} (the
 * N-th of the month) or {@code off}. Checked every morning; a period already run or running is skipped.
 */
@Singleton
public class ProvincialSchedule {

    static final String PROPERTY = "motcua.statistics.schedule";
    private static final Logger LOG = Logger.getLogger(ProvincialSchedule.class.getName());
    private static final Set<BatchStatus> DONE_OR_RUNNING = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.STARTED,
            BatchStatus.STARTING);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private WorkingCalendars calendars;

    @Inject
    private Clock clock;

    @Schedule(hour = "6", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void everyMorning() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Clocks.VIETNAM);
        String setting = System.getProperty(PROPERTY, "first-working-day").strip();
        for (Agency province : em.createNamedQuery("Agency.findAll", Agency.class).getResultList()) {
            if (province.getKind() == AgencyKind.PROVINCE && province.isActiveOn(today)
                    && isReportDay(setting, today, calendars.engineFor(province.getCode()).calendar())) {
                startLastMonth(province, today);
            }
        }
    }

    static boolean isReportDay(String setting, LocalDate today, CalendarSnapshot calendar) {
        if (setting.startsWith("day-")) {
            return today.getDayOfMonth() == Integer.parseInt(setting.substring(4));
        }
        if (!setting.equals("first-working-day")) {
            return false;
        }
        LocalDate day = today.withDayOfMonth(1);
        while (!calendar.isWorkingDay(day) && day.getMonth() == today.getMonth()) {
            day = day.plusDays(1);
        }
        return day.equals(today);
    }

    private void startLastMonth(Agency province, LocalDate today) {
        ReportPeriod period = ReportPeriod.month(YearMonth.from(today).minusMonths(1));
        JobOperator operator = BatchRuntime.getJobOperator();
        if (alreadyRun(operator, province.getId(), period)) {
            return;
        }
        long execution = operator.start(JobSettings.JOB, new JobSettings(province.getId(), period, clock.instant())
                .parameters());
        LOG.info(() -> "provincial-statistics " + period.key() + " for " + province.getCode() + ": execution " + execution);
    }

    private static boolean alreadyRun(JobOperator operator, long provinceId, ReportPeriod period) {
        try {
            return operator.getJobInstances(JobSettings.JOB, 0, ProvincialStatistics.HISTORY).stream()
                    .flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .anyMatch(e -> String.valueOf(provinceId).equals(e.getJobParameters().getProperty(JobSettings.PROVINCE))
                            && JobSettings.valueOf(period).equals(e.getJobParameters().getProperty(JobSettings.PERIOD))
                            && ReportPeriod.MONTH.equals(e.getJobParameters().getProperty(JobSettings.PERIOD_TYPE))
                            && DONE_OR_RUNNING.contains(e.getBatchStatus()));
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }
}

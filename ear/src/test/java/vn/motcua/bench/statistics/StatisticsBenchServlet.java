package vn.motcua.bench.statistics;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import vn.motcua.statistics.batch.ProvincialRunDto;
import vn.motcua.statistics.batch.ProvincialStatistics;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;
import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.boundary.Statistics;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Inside the server, on one period (the year given): report II.06a of the province by a raw SQL GROUP BY
 * over plain JDBC, by the live report (Statistics boundary, EclipseLink), and by the provincial-statistics
 * job (ProvincialStatistics, JBeret, partitioned by desk); answers the times and whether the figures agree.
 */
@WebServlet("/statistics")
public class StatisticsBenchServlet extends HttpServlet {

    private static final String PROVINCE = "000.00.00.H21";
    private static final int RUNS = 5;

    /** The same eleven conditions as Ii06aQuery, in SQL, for the raw baseline. */
    private static final String RAW = "SELECT f.code,"
            + " COUNT(*),"
            + " SUM(CASE WHEN d.received_at >= ? AND d.channel = 'ONLINE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.received_at >= ? AND d.channel <> 'ONLINE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.received_at < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.finished_at < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.finished_at < ? AND d.status = 'RETURNED' AND d.timeliness = 'EARLY' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.finished_at < ? AND ((d.status = 'RETURNED' AND d.timeliness = 'ON_TIME')"
            + "  OR (d.status <> 'RETURNED' AND d.finished_at <= d.statutory_due_at)) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.finished_at < ? AND ((d.status = 'RETURNED' AND d.timeliness = 'LATE')"
            + "  OR (d.status <> 'RETURNED' AND d.finished_at > d.statutory_due_at)) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.finished_at IS NULL OR d.finished_at >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN (d.finished_at IS NULL OR d.finished_at >= ?) AND NOT (d.statutory_due_at < ?"
            + "  AND d.paused_at IS NULL) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN (d.finished_at IS NULL OR d.finished_at >= ?) AND d.statutory_due_at < ?"
            + "  AND d.paused_at IS NULL THEN 1 ELSE 0 END)"
            + " FROM dossier d JOIN catalog_procedure p ON p.id = d.procedure_id JOIN catalog_field f ON f.id = p.field_id"
            + " WHERE d.desk_id IN (SELECT id FROM agency WHERE kind = 'ONE_STOP_DESK') AND d.received_at < ?"
            + " AND (d.finished_at IS NULL OR d.finished_at >= ?) GROUP BY f.code ORDER BY f.code";

    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connections;

    @Resource(lookup = "java:/jms/motcua/statistics")
    private Topic topic;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            ReportPeriod period = ReportPeriod.of(ReportPeriod.YEAR, request.getParameter("year"));
            SecurityIdentity province = SecurityDomain.getCurrent().authenticate("tinh",
                    new PasswordGuessEvidence("MotCua@2026".toCharArray()));
            Statistics statistics = (Statistics) new InitialContext().lookup("java:global/motcua/motcua-ejb/Statistics");
            ProvincialStatistics provincial = (ProvincialStatistics) new InitialContext()
                    .lookup("java:global/motcua/motcua-batch/ProvincialStatistics");
            long provinceId = province.runAs((Callable<Long>) () -> provincial.provinces().stream()
                    .filter(p -> p.code().equals(PROVINCE)).findFirst().orElseThrow().id());
            out.printf("dossiers %,d, desks %d, period %s%n", count("SELECT COUNT(*) FROM dossier"),
                    count("SELECT COUNT(*) FROM agency WHERE kind = 'ONE_STOP_DESK'"), period.key());

            Instant asOf = Instant.now().isBefore(period.end()) ? Instant.now() : period.end();
            // the three take turns, so that the load of a shared machine falls on each alike; the first round
            // is not counted: classes, caches, the pool
            List<Double> raw = new ArrayList<>();
            List<Double> live = new ArrayList<>();
            List<Double> jobs = new ArrayList<>();
            List<Double> walls = new ArrayList<>();
            List<ProvincialRunDto> runs = new ArrayList<>();
            List<String> rawRows = null;
            Ii06aReportDto report = null;
            for (int i = 0; i <= RUNS; i++) {
                long start = System.nanoTime();
                rawRows = raw(period, asOf);
                double rawRun = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                report = province.runAs((Callable<Ii06aReportDto>) () -> statistics.ii06a(provinceId, period));
                double liveRun = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                ProvincialRunDto run = runJob(province, provincial, provinceId, request.getParameter("year"));
                if (i > 0) {
                    raw.add(rawRun);
                    live.add(liveRun);
                    walls.add((System.nanoTime() - start) / 1e6);
                    jobs.add((double) (run.end().getTime() - run.start().getTime()));
                    runs.add(run);
                }
            }
            double job = median(jobs);
            ProvincialRunDto run = runs.get(jobs.indexOf(job));

            List<String> liveRows = report.rows().stream().map(r -> r.fieldCode() + " " + Arrays.toString(r.figures())).toList();
            double rawMs = median(raw);
            double liveMs = median(live);
            out.printf("raw SQL GROUP BY (JDBC)     median of %d: %8.0f ms%n", RUNS, rawMs);
            out.printf("live II.06a (boundary, JPA) median of %d: %8.0f ms  = %.2f × raw  | goal ≤ 2 × raw and < 60 s%n",
                    RUNS, liveMs, liveMs / rawMs);
            out.printf("provincial-statistics job  median of %d: %8.0f ms  = %.2f × raw  | goal ≤ 2 × raw and < 60 s%n",
                    RUNS, job, job / rawMs);
            out.printf("  runs %s ms (JBeret start to end), %s ms start to announced and seen ended; %s%n", jobs,
                    walls.stream().map(Math::round).toList(), run.status());
            out.printf("  raw runs %s ms%n", raw.stream().map(Math::round).toList());
            for (ProvincialRunDto.StepDto step : run.steps()) {
                out.printf("  step %-8s %s %6d ms, %d rows%n", step.step(), step.status(),
                        stepMillis(run.executionId(), step.step()), step.written());
            }
            out.printf("fields %d; live = raw: %s; job province total = live total: %s%n", liveRows.size(),
                    liveRows.equals(rawRows), Arrays.toString(stored(provinceId, period))
                            .equals(Arrays.toString(report.total().figures())));
            out.printf("province total %s%n", Arrays.toString(report.total().figures()));
        } catch (Exception e) {
            out.println("failed: " + e);
            e.printStackTrace(out);
        }
    }

    /**
     * Starts the job and waits for its announcement on the topic, its last act, rather than asking for
     * its runs while it counts (a poll lists every run and step, and takes the cores the job needs); then
     * for JBeret to record its end.
     */
    private ProvincialRunDto runJob(SecurityIdentity province, ProvincialStatistics provincial, long provinceId,
                                    String year) throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        try (JMSContext jms = connections.createContext(); JMSConsumer announcements = jms.createConsumer(topic)) {
            long execution = province.runAs((Callable<Long>) () -> provincial.start(provinceId, ReportPeriod.YEAR, year));
            boolean announced = false;
            while (!announced && operator.getJobExecution(execution).getEndTime() == null) {
                String text = announcements.receiveBody(String.class, 1_000);
                announced = text != null && Json.createReader(new StringReader(text)).readObject()
                        .getJsonNumber("executionId").longValue() == execution;
            }
            while (operator.getJobExecution(execution).getEndTime() == null) {
                Thread.sleep(2);
            }
            return province.runAs((Callable<ProvincialRunDto>) () -> provincial.recent().stream()
                    .filter(r -> r.executionId() == execution).findFirst().orElseThrow());
        }
    }

    /** From the job repository's table: JBeret's step of a partitioned step reports no start of its own. */
    private long stepMillis(long execution, String step) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT starttime, endtime FROM step_execution WHERE jobexecutionid = ? AND stepname = ?")) {
            query.setLong(1, execution);
            query.setString(2, step);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getTimestamp(2).getTime() - result.getTimestamp(1).getTime() : -1;
            }
        }
    }

    private List<String> raw(ReportPeriod period, Instant asOf) throws SQLException {
        Timestamp start = Timestamp.from(period.start());
        Timestamp end = Timestamp.from(period.end());
        Timestamp[] values = {start, start, start, end, end, end, end, end, end, Timestamp.from(asOf), end,
                Timestamp.from(asOf), end, start};
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(RAW)) {
            for (int i = 0; i < values.length; i++) {
                query.setTimestamp(i + 1, values[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    long[] figures = new long[11];
                    for (int i = 0; i < figures.length; i++) {
                        figures[i] = result.getLong(2 + i);
                    }
                    rows.add(result.getString(1) + " " + Arrays.toString(figures));
                }
            }
        }
        return rows;
    }

    private long[] stored(long provinceId, ReportPeriod period) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT SUM(received), SUM(received_online), SUM(received_in_person), SUM(carried_over), SUM(resolved),"
                        + " SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(in_progress),"
                        + " SUM(within_deadline), SUM(overdue) FROM statistics_figure WHERE period_key = ? AND province_id = ?")) {
            query.setString(1, period.key());
            query.setLong(2, provinceId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                long[] figures = new long[11];
                for (int i = 0; i < figures.length; i++) {
                    figures[i] = result.getLong(1 + i);
                }
                return figures;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

package vn.motcua.it;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.DataDirectory;
import vn.motcua.statistics.batch.ProvincialStatistics;
import vn.motcua.statistics.boundary.AgencyChoiceDto;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;
import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.boundary.Statistics;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provincial-statistics job on the real server over the demo office (and whatever the other tests
 * received before): killed mid-run and restarted it finishes with the same files as a clean run and no
 * row counted twice; its province total equals the live report II.06a; its files are announced on the
 * topic with their SHA-256. And who may see what.
 */
@ExtendWith(ArquillianExtension.class)
class ProvincialStatisticsIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PROVINCE = "000.00.00.H21";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(ProvincialStatisticsIT.class, Deployments.class);
    }

    private static <T> T lookup(String module, Class<T> bean) {
        try {
            return bean.cast(new InitialContext().lookup("java:global/motcua/" + module + "/" + bean.getSimpleName()));
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProvincialStatistics provincial() {
        return lookup("motcua-batch", ProvincialStatistics.class);
    }

    private static Statistics statistics() {
        return lookup("motcua-ejb", Statistics.class);
    }

    private static BatchStatus finished(long execution) throws InterruptedException {
        BooleanSupplier done = () -> {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            return status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
        };
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && !done.getAsBoolean()) {
            Thread.sleep(100);
        }
        return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
    }

    private static long province() throws Exception {
        return SignedIn.as("tinh", () -> provincial().provinces().stream().filter(p -> p.code().equals(PROVINCE))
                .findFirst().orElseThrow().id());
    }

    private static String year() {
        return String.valueOf(LocalDate.now(VIETNAM).getYear());
    }

    private static Path file(String name) {
        return DataDirectory.resolve("statistics", PROVINCE, "YEAR-" + year(), name);
    }

    /** desk, field and the execution that wrote each stored row of the year. */
    private static List<String> storedRows(long province) throws Exception {
        DataSource data = (DataSource) new InitialContext().lookup("java:jboss/datasources/MotCuaDS");
        List<String> rows = new ArrayList<>();
        try (Connection connection = data.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT desk_id, field_code, job_execution FROM statistics_figure WHERE period_key = ? AND province_id = ?"
                        + " ORDER BY desk_id, field_code")) {
            query.setString(1, "YEAR-" + year());
            query.setLong(2, province);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getLong(3));
                }
            }
        }
        return rows;
    }

    @Test
    void killedMidRunAndRestartedTheJobWritesWhatACleanRunWritesAndEqualsTheLiveReport() throws Exception {
        long province = province();
        Ii06aReportDto live = SignedIn.as("tinh", () -> statistics().ii06a(province,
                ReportPeriod.of(ReportPeriod.YEAR, year())));
        assertTrue(live.rows().size() >= 2, "the demo office has dossiers in several fields: " + live.rows());

        // each desk's partition commits one row, then fails on its second
        long failed = SignedIn.as("tinh", () -> provincial().startDrill(province, "YEAR", year(), 1, 1));
        assertEquals(BatchStatus.FAILED, finished(failed));
        List<String> afterFailure = storedRows(province);
        assertFalse(afterFailure.isEmpty(), "the first chunk of a partition was committed before the failure");

        long restarted = SignedIn.as("tinh", () -> provincial().restart(failed));
        assertEquals(BatchStatus.COMPLETED, finished(restarted));
        List<String> afterRestart = storedRows(province);
        // rows committed before the failure were not redone: they keep the first execution's id
        for (String row : afterFailure) {
            assertTrue(afterRestart.contains(row), row + " kept after the restart: " + afterRestart);
        }
        assertTrue(afterRestart.stream().anyMatch(row -> row.endsWith(" " + restarted)), "the restart wrote the rest");
        Set<String> keys = new HashSet<>();
        afterRestart.forEach(row -> assertTrue(keys.add(row.substring(0, row.lastIndexOf(' '))), "one row per desk and field"));
        String restartedCsv = Files.readString(file("ii06a.csv"), StandardCharsets.UTF_8);
        String restartedJson = Files.readString(file("ii06a.json"), StandardCharsets.UTF_8);
        assertProvinceTotalsEqual(live, restartedJson);

        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("java:/ConnectionFactory");
        Topic topic = (Topic) new InitialContext().lookup("java:/jms/motcua/statistics");
        try (JMSContext jms = factory.createContext(); JMSConsumer announcements = jms.createConsumer(topic)) {
            long clean = SignedIn.as("tinh", () -> provincial().start(province, "YEAR", year()));
            assertEquals(BatchStatus.COMPLETED, finished(clean));
            assertEquals(restartedCsv, Files.readString(file("ii06a.csv"), StandardCharsets.UTF_8));
            assertEquals(restartedJson, Files.readString(file("ii06a.json"), StandardCharsets.UTF_8));
            assertEquals(afterRestart.size(), storedRows(province).size());

            String text = announcements.receiveBody(String.class, 30_000);
            assertTrue(text != null, "the clean run was announced");
            JsonObject message = Json.createReader(new StringReader(text)).readObject();
            assertEquals(clean, message.getJsonNumber("executionId").longValue());
            assertEquals(PROVINCE, message.getString("province"));
            assertEquals("YEAR-" + year(), message.getString("periodKey"));
            assertEquals(PROVINCE, message.getJsonArray("agencies").getString(0));
            JsonArray files = message.getJsonArray("files");
            assertEquals(3, files.size());
            for (JsonObject link : files.getValuesAs(JsonObject.class)) {
                String written = Files.readString(file(link.getString("name") + ".sha256")).split("\\s+")[0];
                assertEquals(written, link.getString("sha256"));
                assertTrue(link.getString("path").startsWith("/statistics/files/" + PROVINCE + "/"));
            }
        }
    }

    private static void assertProvinceTotalsEqual(Ii06aReportDto live, String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject province = reader.readArray().getJsonObject(0);
            assertEquals(PROVINCE, province.getString("agencyCode"));
            List<String> batch = new ArrayList<>();
            for (JsonObject row : province.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                batch.add(row.getString("fieldCode") + " " + figures(row));
            }
            batch.add("total " + figures(province.getJsonObject("total")));
            List<String> expected = new ArrayList<>();
            for (Ii06aRowDto row : live.rows()) {
                expected.add(row.fieldCode() + " " + join(row.figures()));
            }
            expected.add("total " + join(live.total().figures()));
            assertEquals(expected, batch);
        }
    }

    private static String figures(JsonObject row) {
        String[] names = {"received", "receivedOnline", "receivedInPerson", "carriedOver", "resolved", "resolvedEarly",
                "resolvedOnTime", "resolvedLate", "inProgress", "withinDeadline", "overdue"};
        long[] values = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = row.getJsonNumber(names[i]).longValue();
        }
        return join(values);
    }

    private static String join(long[] values) {
        StringBuilder text = new StringBuilder();
        for (long value : values) {
            text.append(value).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void aLeaderReportsOnTheirDistrictButNotOnTheProvince() throws Exception {
        List<AgencyChoiceDto> agencies = SignedIn.as("lanhdao", () -> statistics().agencies());
        assertTrue(agencies.stream().anyMatch(a -> a.code().equals("000.00.19.H21")), agencies.toString());
        assertFalse(agencies.stream().anyMatch(a -> a.code().equals(PROVINCE)), agencies.toString());
        long province = province();
        Throwable refused = assertThrows(Exception.class, () -> SignedIn.as("lanhdao",
                () -> statistics().ii06a(province, ReportPeriod.of("YEAR", year()))));
        assertInstanceOf(BusinessException.class, refused instanceof EJBException e && e.getCause() != null
                ? e.getCause() : refused);
        long district = agencies.stream().filter(a -> a.code().equals("000.00.19.H21")).findFirst().orElseThrow().id();
        byte[] xlsx = SignedIn.as("lanhdao", () -> statistics().ii06aWorkbook(district, ReportPeriod.of("YEAR", year())));
        assertEquals('P', xlsx[0]);
        byte[] pdf = SignedIn.as("lanhdao", () -> statistics().ii06aPdf(district, ReportPeriod.of("YEAR", year())));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aDeskOfficerGetsNoStatisticsAndALeaderStartsNoProvincialRun() {
        assertThrows(Exception.class, () -> SignedIn.as("tiepnhan", () -> statistics().agencies()));
        assertThrows(Exception.class, () -> SignedIn.as("lanhdao", () -> provincial().provinces()));
    }
}

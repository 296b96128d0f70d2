package vn.motcua.dossier.control;

import vn.motcua.catalog.entity.SearchText;
import vn.motcua.setup.control.DemoCatalog;
import vn.motcua.setup.control.DemoOffice;
import vn.motcua.shared.boundary.Clocks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the benchmark database with N dossiers (bench.dossiers, default 1,000,000) received at the demo
 * desk over the last three years of working days, by plain JDBC batches: applicants with their search
 * keys, dossiers, their tasks and open steps. The demo office and catalog are loaded first through the
 * real entities; the journal (dossier_event) is not generated, as no search reads it. A database that
 * already holds dossiers is kept, unless bench.regenerate=true. Run alone with
 * {@code java -cp <ejb test class path> vn.motcua.dossier.control.DossierGenerator}.
 */
public final class DossierGenerator {

    private static final int CHUNK = 2_000;
    private static final String DESK = "000.01.19.H21";

    private final BenchDatabase database;
    private final Random random = new Random(2026);
    private final GeneratedPeople people = new GeneratedPeople(random);
    private final DossierCodes codes = new DossierCodes(DossierCodes.CIRCULAR_01_2018);
    private long rows;

    DossierGenerator(BenchDatabase database) {
        this.database = database;
    }

    public static void main(String[] args) throws SQLException {
        try (BenchDatabase database = new BenchDatabase()) {
            new DossierGenerator(database).ensure(Integer.getInteger("bench.dossiers", 1_000_000));
        }
    }

    /** Makes sure the database holds dossiers, generating {@code dossiers} of them if it holds none. */
    void ensure(int dossiers) throws SQLException {
        database.migrate(Boolean.getBoolean("bench.regenerate"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            ResultSet held = statement.executeQuery("SELECT COUNT(*) FROM dossier");
            held.next();
            if (held.getLong(1) > 0) {
                report(String.format("database %s holds %,d dossiers: kept (bench.regenerate=true makes new ones)",
                        database.url, held.getLong(1)));
                return;
            }
        }
        database.inTransaction(em -> {
            new DemoOffice(em).load();
            return new DemoCatalog(em).load(Instant.now());
        });
        long start = System.nanoTime();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            generate(connection, dossiers, new GeneratedCatalog(connection, random));
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("applicant", "dossier", "dossier_task")) {
                    ResultSet max = statement.executeQuery("SELECT MAX(id) FROM " + table);
                    max.next();
                    statement.execute("ALTER SEQUENCE " + table + "_seq RESTART WITH " + (max.getLong(1) + 50));
                }
                connection.commit();
                connection.setAutoCommit(true);
                // as autovacuum would in time: statistics, and the visibility map index-only scans need
                statement.execute(database.url.startsWith("jdbc:postgresql") ? "VACUUM ANALYZE" : "ANALYZE");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(String.format("generated %,d dossiers, %,d rows in %.0f s: %,.0f rows/s, %,.0f dossiers/s",
                dossiers, rows, seconds, rows / seconds, dossiers / seconds));
    }

    private void generate(Connection connection, int dossiers, GeneratedCatalog catalog) throws SQLException {
        Instant now = Instant.now();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.now(Clocks.VIETNAM).minusYears(3); day.isBefore(LocalDate.now(Clocks.VIETNAM));
             day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        try (DossierBatches batches = new DossierBatches(connection)) {
            long applicants = 0;
            long tasks = 0;
            int made = 0;
            for (int d = 0; d < days.size(); d++) {
                long target = Math.round((double) dossiers * (d + 1) / days.size());
                int jitter = (int) ((random.nextDouble() - 0.5) * 0.3 * dossiers / days.size());
                int today = d == days.size() - 1 ? dossiers - made
                        : (int) Math.max(0, Math.min(9_999, target - made + jitter));
                List<Instant> times = receptionTimes(days.get(d), today);
                for (int n = 0; n < times.size(); n++) {
                    long dossier = ++made;
                    long applicant = applicants > 0 && random.nextInt(10) < 3 ? 1 + (long) (random.nextDouble() * applicants)
                            : newApplicant(batches, ++applicants);
                    GeneratedLife.Procedure procedure = catalog.pick();
                    GeneratedLife life = new GeneratedLife(procedure, times.get(n), now, random);
                    batches.dossier(dossier, codes.format(DESK, days.get(d), null, n + 1).value(), procedure.id(),
                            catalog.agencyId(DESK), channel(), applicant, times.get(n), life);
                    rows++;
                    for (GeneratedLife.Task task : life.tasks) {
                        batches.task(++tasks, dossier, task);
                        rows++;
                    }
                    if (life.status.equals("RECEIVED") || life.status.equals("IN_PROGRESS")
                            || life.status.equals("AWAITING_SUPPLEMENT")) {
                        batches.openStep(dossier, life.currentStep);
                        rows++;
                    }
                    if (made % CHUNK == 0) {
                        batches.flush();
                        connection.commit();
                    }
                    if (made % 100_000 == 0) {
                        report(String.format("  %,d dossiers", made));
                    }
                }
            }
            batches.flush();
        }
    }

    private long newApplicant(DossierBatches batches, long id) throws SQLException {
        if (id >= 1_000_000) {
            throw new IllegalStateException("CCCD numbers are unique for fewer than a million applicants");
        }
        boolean female = random.nextBoolean();
        String name = people.name(female);
        List<String> keys = SearchText.keys(name);
        batches.applicant(id, name, people.citizenId((int) id, female), SearchText.fold(name), people.phone(), keys);
        rows += 1 + keys.size();
        return id;
    }

    /** Office hours, 7:30-11:30 and 13:30-17:00, in order, so the day's numbers follow the clock. */
    private List<Instant> receptionTimes(LocalDate day, int count) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int minute = random.nextInt(450);
            LocalTime time = minute < 240 ? LocalTime.of(7, 30).plusMinutes(minute)
                    : LocalTime.of(13, 30).plusMinutes(minute - 240);
            times.add(day.atTime(time).plusSeconds(random.nextInt(60)).atZone(Clocks.VIETNAM).toInstant());
        }
        times.sort(null);
        return times;
    }

    private String channel() {
        int draw = random.nextInt(20);
        return draw < 14 ? "IN_PERSON" : draw < 19 ? "ONLINE" : "POSTAL";
    }

    static void report(String line) {
        System.out.println(line);
    }
}

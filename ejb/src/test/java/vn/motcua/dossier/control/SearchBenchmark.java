package vn.motcua.dossier.control;

import vn.motcua.agency.control.AgencyScope;
import vn.motcua.catalog.entity.SearchText;
import vn.motcua.dossier.boundary.DossierCriteriaDto;
import vn.motcua.dossier.boundary.DossierSummaryDto;
import vn.motcua.dossier.boundary.PageDto;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.Clocks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The staff search on a million dossiers (dossier issue: p95 &lt; 100 ms): fills the database if it is
 * empty (DossierGenerator), then runs bench.searches (500) searches of six kinds, each through the
 * production path — the officer's DossierVisibility, then DossierQuery on EclipseLink, in its own
 * transaction — for a desk officer, the district leader and a land-registry specialist, after 100 not
 * counted. Prints p50/p95/max per kind and overall, and the dashboard's time. Run with
 * {@code java -cp <ejb test class path> vn.motcua.dossier.control.SearchBenchmark} (bench.jdbc.url …).
 */
public final class SearchBenchmark {

    private static final double GOAL_MS = 100;
    private static final int WARM_UP = 100;
    private static final List<String> OFFICERS = List.of("tiepnhan", "lanhdao", "chuyenvien");
    private static final List<String> DEPARTMENTS = List.of("000.02.19.H21", "000.03.19.H21", "000.04.19.H21",
            "000.05.19.H21", "000.06.19.H21", "000.07.19.H21");

    enum Kind { CODE, NAME, ID_NUMBER, PHONE, PROCEDURE_STATUS_PERIOD, DEPARTMENT }

    private record Search(Kind kind, String officer, DossierCriteriaDto criteria) {
    }

    private final BenchDatabase database;
    private final Random random = new Random(17);
    private final DossierCodes codes = new DossierCodes(DossierCodes.CIRCULAR_01_2018);

    private SearchBenchmark(BenchDatabase database) {
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase database = new BenchDatabase()) {
            new DossierGenerator(database).ensure(Integer.getInteger("bench.dossiers", 1_000_000));
            new SearchBenchmark(database).run(Integer.getInteger("bench.searches", 500));
        }
    }

    private void run(int count) throws SQLException {
        List<Search> searches = searches(WARM_UP + count);
        Map<Kind, List<Double>> times = new EnumMap<>(Kind.class);
        List<Double> all = new ArrayList<>();
        long found = 0;
        long capped = 0;
        for (int i = 0; i < searches.size(); i++) {
            Search search = searches.get(i);
            long start = System.nanoTime();
            PageDto<DossierSummaryDto> page = database.inTransaction(em -> new DossierQuery(em, codes,
                    code -> DirectionFixture.CALENDAR, Instant.now()).search(search.criteria(),
                    new DossierVisibility(em, search.officer()).agencies(), 0, 20, null, false));
            double millis = (System.nanoTime() - start) / 1e6;
            if (i >= WARM_UP) {
                times.computeIfAbsent(search.kind(), k -> new ArrayList<>()).add(millis);
                all.add(millis);
                found += page.total();
                capped += page.moreThanTotal() ? 1 : 0;
            }
        }
        report(String.format("%d searches, first page of 20, officers %s; %,d rows found in all, %d totals capped at %,d",
                count, OFFICERS, found, capped, DossierQuery.COUNT_CAP));
        times.forEach((kind, millis) -> report(line(kind.name(), millis)));
        report(line("overall", all) + String.format(" (goal p95 < %.0f ms)", GOAL_MS));
        dashboard();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (database.url.startsWith("jdbc:postgresql")) {
                ResultSet size = statement.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))");
                size.next();
                report("database size: " + size.getString(1));
            }
        }
    }

    /** The leader's dashboard (no goal named), five times after one not counted. */
    private void dashboard() {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            database.inTransaction(em -> new DashboardQuery(em, AgencyScope.of(em, "lanhdao", Role.LEADER).agencyIds(),
                    Instant.now()).dashboard(null, null));
            if (i > 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        report(line("dashboard (lanhdao, this year)", millis));
    }

    private List<Search> searches(int count) throws SQLException {
        List<Search> searches = new ArrayList<>();
        try (Connection connection = database.connect()) {
            long dossiers = max(connection, "dossier");
            long applicants = max(connection, "applicant");
            List<String> procedures = column(connection, "SELECT DISTINCT code FROM catalog_procedure");
            for (int i = 0; i < count; i++) {
                Kind kind = Kind.values()[i % Kind.values().length];
                String officer = kind == Kind.DEPARTMENT ? "lanhdao" : OFFICERS.get(random.nextInt(OFFICERS.size()));
                searches.add(new Search(kind, officer, switch (kind) {
                    case CODE -> text(code(connection, 1 + (long) (random.nextDouble() * dossiers)));
                    case NAME -> text(nameWords(row(connection, "SELECT full_name FROM applicant WHERE id = ?",
                            applicants)));
                    case ID_NUMBER -> new DossierCriteriaDto(null, row(connection,
                            "SELECT id_number FROM applicant WHERE id = ?", applicants),
                            null, null, null, null, null, null, null);
                    case PHONE -> new DossierCriteriaDto(null, null, row(connection,
                            "SELECT phone FROM applicant WHERE id = ?", applicants), null, null, null, null, null, null);
                    case PROCEDURE_STATUS_PERIOD -> procedureStatusPeriod(procedures);
                    case DEPARTMENT -> new DossierCriteriaDto(null, null, null, null, null, null,
                            DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), null, null);
                }));
            }
        }
        Collections.shuffle(searches, random);
        return searches;
    }

    private static DossierCriteriaDto text(String text) {
        return new DossierCriteriaDto(text, null, null, null, null, null, null, null, null);
    }

    /** The whole code, or its day and number as staff read them off a receipt ("260302-0001"). */
    private String code(Connection connection, long id) throws SQLException {
        String code = row(connection, "SELECT code FROM dossier WHERE id = ?", id);
        return random.nextBoolean() ? code : code.substring(code.indexOf('-') + 1);
    }

    /**
     * As staff type a name: half the time the whole name, else from the middle name on, the given name
     * alone, or the whole name with its last word unfinished.
     */
    private String nameWords(String fullName) {
        String name = SearchText.words(fullName);
        int draw = random.nextInt(10);
        if (draw < 5 || name.indexOf(' ') < 0) {
            return name;
        }
        if (draw < 7) {
            return name.substring(name.indexOf(' ') + 1);
        }
        if (draw < 8) {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
        return name.substring(0, Math.min(name.length(), name.lastIndexOf(' ') + 3));
    }

    private DossierCriteriaDto procedureStatusPeriod(List<String> procedures) {
        DossierStatus[] statuses = {DossierStatus.RETURNED, DossierStatus.RETURNED, DossierStatus.IN_PROGRESS,
            DossierStatus.IN_PROGRESS, DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.REFUSED};
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        LocalDate from = today.minusDays(30 + random.nextInt(1000));
        LocalDate to = from.plusDays(30 + random.nextInt(60));
        return new DossierCriteriaDto(null, null, null, procedures.get(random.nextInt(procedures.size())), null,
                statuses[random.nextInt(statuses.length)], null, from, to.isAfter(today) ? today : to);
    }

    private String row(Connection connection, String sql, long bound) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, bound);
            ResultSet row = statement.executeQuery();
            return row.next() ? row.getString(1) : row(connection, sql, 1 + (long) (random.nextDouble() * bound));
        }
    }

    private static long max(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            ResultSet max = statement.executeQuery("SELECT MAX(id) FROM " + table);
            max.next();
            return max.getLong(1);
        }
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery(sql);
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String line(String label, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format("%-32s n=%3d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms", label, sorted.size(),
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double fraction) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    static void report(String line) {
        System.out.println(line);
    }
}

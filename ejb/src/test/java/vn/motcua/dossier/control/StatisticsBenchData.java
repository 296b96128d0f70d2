package vn.motcua.dossier.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics benchmark's data: the search benchmark's generated dossiers (DossierGenerator, three
 * years at the demo desk) spread over a province of {@code desks} one-stop desks — the demo desk and
 * new districts of Gia Lai, each with its desk — so that report II.06a rolls up 15+ agencies. Lives
 * here to reuse the generator; kept apart from the search benchmark's database by its own URL.
 */
public final class StatisticsBenchData {

    private static final String PROVINCE = "000.00.00.H21";

    private StatisticsBenchData() {
    }

    /**
     * Fills a database ahead of the benchmark: {@code java -cp <ejb test class path>
     * vn.motcua.dossier.control.StatisticsBenchData} with the benchmark's bench.statistics.* properties.
     */
    public static void main(String[] args) throws SQLException {
        prepare(System.getProperty("bench.statistics.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/motcua_bench_statistics"),
                System.getProperty("bench.statistics.jdbc.user", "postgres"),
                System.getProperty("bench.statistics.jdbc.password", ""),
                Integer.getInteger("bench.statistics.dossiers", 100_000), Integer.getInteger("bench.statistics.desks", 16));
    }

    /** Creates the database if missing, fills it once with {@code dossiers}, spreads them over the desks. */
    public static void prepare(String url, String user, String password, int dossiers, int desks) throws SQLException {
        createDatabase(url, user, password);
        System.setProperty("bench.jdbc.url", url);
        System.setProperty("bench.jdbc.user", user);
        System.setProperty("bench.jdbc.password", password);
        try (BenchDatabase database = new BenchDatabase()) {
            new DossierGenerator(database).ensure(dossiers);
            try (Connection connection = database.connect()) {
                spread(connection, desks);
            }
        }
    }

    private static void createDatabase(String url, String user, String password) throws SQLException {
        if (!url.startsWith("jdbc:postgresql")) {
            return;
        }
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("a plain database name, please: " + name);
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user,
                password); Statement statement = admin.createStatement()) {
            ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** Adds districts with a desk each until the province has {@code desks} desks; deals the dossiers round. */
    private static void spread(Connection connection, int desks) throws SQLException {
        long province = id(connection, "SELECT id FROM agency WHERE code = ?", PROVINCE);
        List<Long> all = new ArrayList<>(ids(connection, "SELECT id FROM agency WHERE kind = 'ONE_STOP_DESK' ORDER BY id"));
        if (all.size() >= desks) {
            return;
        }
        long next = ids(connection, "SELECT MAX(id) + 1 FROM agency").get(0);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agency (id, code, name, kind, parent_id,"
                + " active_from, version) VALUES (?, ?, ?, ?, ?, DATE '2025-01-01', 0)")) {
            for (int n = all.size(); n < desks; n++) {
                long district = next++;
                long desk = next++;
                String number = String.format("%02d", 40 + n);
                add(insert, district, "000.00." + number + ".H21", "Ủy ban nhân dân huyện thử nghiệm " + number, "DISTRICT", province);
                add(insert, desk, "000.01." + number + ".H21", "Bộ phận Một cửa huyện thử nghiệm " + number, "ONE_STOP_DESK", district);
                all.add(desk);
            }
            insert.executeBatch();
        }
        StringBuilder deal = new StringBuilder("UPDATE dossier SET desk_id = CASE MOD(id, " + all.size() + ")");
        for (int i = 0; i < all.size(); i++) {
            deal.append(" WHEN ").append(i).append(" THEN ").append(all.get(i));
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(deal.append(" END").toString());
            statement.execute("ALTER SEQUENCE agency_seq RESTART WITH " + (next + 50));
            statement.execute(connection.getMetaData().getURL().startsWith("jdbc:postgresql") ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    private static void add(PreparedStatement insert, long id, String code, String name, String kind, long parent)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, code);
        insert.setString(3, name);
        insert.setString(4, kind);
        insert.setLong(5, parent);
        insert.addBatch();
    }

    private static long id(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}

package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import vn.motcua.shared.entity.InMemoryDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;

/**
 * The database the search benchmark fills and reads: PostgreSQL motcua_bench on this machine unless
 * bench.jdbc.url, bench.jdbc.user and bench.jdbc.password say otherwise. Migrated by the same
 * Flyway settings as SchemaMigration, read through the real persistence unit.
 */
final class BenchDatabase implements AutoCloseable {

    final String url = System.getProperty("bench.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/motcua_bench");
    final String user = System.getProperty("bench.jdbc.user", "postgres");
    final String password = System.getProperty("bench.jdbc.password", "");
    private EntityManagerFactory factory;

    /** Brings the schema to the current version; with {@code clean}, drops everything first. */
    void migrate(boolean clean) {
        Flyway flyway = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                .failOnMissingLocations(false).placeholderReplacement(false)
                .baselineOnMigrate(true).baselineVersion("0").cleanDisabled(!clean).load();
        if (clean) {
            flyway.clean();
        }
        flyway.migrate();
    }

    Connection connect() throws SQLException {
        // PostgreSQL sends a batch of inserts as multi-row statements only when asked to
        return DriverManager.getConnection(url + (url.startsWith("jdbc:postgresql") ? "?reWriteBatchedInserts=true" : ""),
                user, password);
    }

    /** Runs the work in its own persistence context and transaction, as one container call would. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("motcua", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password,
                    "eclipselink.target-server", "None",
                    "eclipselink.logging.level", "WARNING",
                    "eclipselink.logging.level.sql", System.getProperty("bench.sql-log", "WARNING"),
                    "eclipselink.logging.parameters", "true"));
        }
        return InMemoryDatabase.inTransaction(factory, work);
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}

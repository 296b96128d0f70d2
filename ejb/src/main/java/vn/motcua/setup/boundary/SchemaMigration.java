package vn.motcua.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this EAR expects, at deployment, before anything else
 * touches it. The same versioned scripts run on H2 and PostgreSQL (db/migration/common); a vendor
 * folder holds a script only where their SQL differs.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                .failOnMissingLocations(false)
                // our scripts use no placeholders; a "${...}" in a comment must stay text
                .placeholderReplacement(false)
                // JBeret creates its job-repository tables in the same schema at boot, before us.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "MotCua schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }

    @PermitAll
    public String schemaVersion() {
        return schemaVersion;
    }
}

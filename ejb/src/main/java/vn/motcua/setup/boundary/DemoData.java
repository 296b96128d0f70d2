package vn.motcua.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.setup.control.DemoOffice;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Loads the demo office on the first start of the embedded H2 default. It never runs over real data:
 * only when the agency table is empty, and on PostgreSQL only when motcua.demo-data=true is set.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    @PostConstruct
    void loadOnce() {
        if (!wanted()) {
            return;
        }
        long agencies = em.createNamedQuery("Agency.count", Long.class).getSingleResult();
        if (agencies > 0) {
            return;
        }
        int officers = new DemoOffice(em).load();
        LOG.info(() -> "Demo office loaded: " + officers + " officer accounts (see README for logins)");
    }

    private boolean wanted() {
        String setting = System.getProperty("motcua.demo-data", "auto");
        if ("auto".equals(setting)) {
            return embeddedDatabase();
        }
        return Boolean.parseBoolean(setting);
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read database metadata", e);
        }
    }
}

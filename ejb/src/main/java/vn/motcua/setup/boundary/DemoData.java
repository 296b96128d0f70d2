package vn.motcua.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.calendar.boundary.WorkingCalendars;
import vn.motcua.dossier.control.HandOffs;
import vn.motcua.dossier.control.TaskOpening;
import vn.motcua.setup.control.DemoCatalog;
import vn.motcua.setup.control.DemoDossiers;
import vn.motcua.setup.control.DemoOffice;
import vn.motcua.setup.control.DemoQueue;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Loads the demo office and its catalog on the first start of the embedded H2 default. It never runs
 * over real data: only when the agency table is empty, and on PostgreSQL only when motcua.demo-data=true.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final String DEMO_DESK = "000.01.19.H21";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private HandOffs handOffs;

    @Inject
    private TaskOpening tasks;

    @PostConstruct
    void loadOnce() {
        if (!wanted()) {
            return;
        }
        long agencies = em.createNamedQuery("Agency.count", Long.class).getSingleResult();
        if (agencies > 0) {
            queueForEarlierDemo();
            return;
        }
        int officers = new DemoOffice(em).load();
        int procedures = new DemoCatalog(em).load(clock.instant());
        em.flush();
        new DemoQueue(em).load(DEMO_DESK);
        int dossiers = new DemoDossiers(em, calendars, handOffs, tasks, LocalDate.now(clock)).load();
        LOG.info(() -> "Demo office loaded: " + officers + " officer accounts (see README for logins), "
                + procedures + " procedures in the demo catalog, " + dossiers + " dossiers");
    }

    /** A demo database made before the queue existed gets the demo desk's service groups once. */
    private void queueForEarlierDemo() {
        boolean demoDesk = !em.createNamedQuery("Agency.findByCode", vn.motcua.agency.entity.Agency.class)
                .setParameter("code", DEMO_DESK).getResultList().isEmpty();
        boolean noGroups = em.createQuery("SELECT COUNT(g) FROM ServiceGroup g", Long.class).getSingleResult() == 0;
        if (demoDesk && noGroups) {
            new DemoQueue(em).load(DEMO_DESK);
            LOG.info("Demo queue loaded: service groups A-D at the demo desk");
        }
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

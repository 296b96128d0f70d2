package vn.motcua.shared.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import vn.motcua.setup.control.DemoCatalog;
import vn.motcua.setup.control.DemoOffice;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The real persistence unit and migrations on a fresh in-memory H2 database, with EclipseLink outside
 * the server: for tests of boundaries and loaders that need the mappings and named queries as deployed.
 */
public final class InMemoryDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    public InMemoryDatabase() {
        String url = "jdbc:h2:mem:motcua-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common").load().migrate();
        factory = Persistence.createEntityManagerFactory("motcua", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", "WARNING"));
    }

    /** Runs the work in its own persistence context and transaction, as one container call would. */
    /** The demo office (agencies, officers) and its catalog, imported at {@code importedAt}, in one transaction. */
    public InMemoryDatabase withDemoOffice(Instant importedAt) {
        inTransaction(em -> {
            new DemoOffice(em).load();
            return new DemoCatalog(em).load(importedAt);
        });
        return this;
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return inTransaction(factory, work);
    }

    /** The same for any factory outside a container, e.g. a benchmark's PostgreSQL one. */
    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}

package vn.motcua.setup.control;

import jakarta.persistence.EntityManager;
import vn.motcua.catalog.control.ReleaseAssembler;
import vn.motcua.catalog.control.ReleaseImport;
import vn.motcua.catalog.control.Releases;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.Field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The seed office's catalog: the demo release (catalog/demo-release.json), published as in force since
 * its first day of effect, so the desk has procedures to receive dossiers under from the first start.
 */
public class DemoCatalog {

    static final String FILE = "/catalog/demo-release.json";
    /** The demo decision's first day of effect; set directly, as no administrator publishes the seed. */
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2025, 2, 1);

    private final EntityManager em;

    public DemoCatalog(EntityManager em) {
        this.em = em;
    }

    /** Stores and publishes the demo release; returns the number of procedures. */
    public int load(Instant now) {
        Map<String, Field> fields = new Releases(em).fields();
        ReleaseImport.Checked checked = new ReleaseImport(fields.keySet(), code -> false).check("demo-release.json", read());
        if (!checked.accepted()) {
            throw new IllegalStateException("the demo release does not pass its own checks: " + checked.problems());
        }
        CatalogRelease release = ReleaseAssembler.draft(checked.release(), fields, now);
        release.publish(EFFECTIVE_FROM, now);
        em.persist(release);
        return release.getProcedures().size();
    }

    private static byte[] read() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the EJB module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

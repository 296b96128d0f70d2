package vn.motcua.setup.control;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.control.Releases;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DemoCatalogTest {

    @Test
    void theSeedOfficeStartsWithTheDemoReleaseInForce() {
        try (InMemoryDatabase database = new InMemoryDatabase()) {
            int procedures = database.inTransaction(em -> new DemoCatalog(em).load(Instant.parse("2026-03-02T01:00:00Z")));
            assertEquals(24, procedures);
            CatalogRelease inForce = database.inTransaction(em -> new Releases(em).inForceOn(LocalDate.of(2026, 3, 2)))
                    .orElseThrow();
            assertEquals("GL-CHUSE-2025-01", inForce.getCode());
            assertEquals(DemoCatalog.EFFECTIVE_FROM, inForce.getEffectiveFrom());
        }
    }
}

package vn.motcua.catalog.control;

import jakarta.persistence.EntityManager;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.ReleaseSummaryDto;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.Field;
import vn.motcua.catalog.entity.Procedure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The stored releases as the catalog's boundaries look them up, through the entities' named queries. */
public final class Releases {

    private final EntityManager em;

    public Releases(EntityManager em) {
        this.em = em;
    }

    public Optional<CatalogRelease> byCode(String code) {
        return em.createNamedQuery("CatalogRelease.findByCode", CatalogRelease.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The release dossiers received on that day fall under; none before the first publication. */
    public Optional<CatalogRelease> inForceOn(LocalDate day) {
        return em.createNamedQuery("CatalogRelease.findInForceOn", CatalogRelease.class)
                .setParameter("day", day).getResultStream().findFirst();
    }

    /** The most recently published release, in force already or from a later date. */
    public Optional<CatalogRelease> latestPublished() {
        return em.createNamedQuery("CatalogRelease.findLatestPublished", CatalogRelease.class)
                .getResultStream().findFirst();
    }

    /**
     * A release's full content as records, its procedures loaded in a few batched queries. Read-only:
     * nothing here is changed, and EclipseLink 4.0 cannot compare batch-read element collections for
     * changes at commit.
     */
    public ReleaseDto content(CatalogRelease release) {
        return ReleaseAssembler.toDto(release, em.createNamedQuery("Procedure.findByRelease", Procedure.class)
                .setParameter("release", release).setHint("eclipselink.read-only", "true").getResultList());
    }

    public ReleaseSummaryDto summary(CatalogRelease release) {
        long count = em.createNamedQuery("Procedure.countByRelease", Long.class)
                .setParameter("release", release).getSingleResult();
        return new ReleaseSummaryDto(release.getCode(), release.getName(), release.getDecisionNumber(),
                release.getDecisionDate(), release.getStatus(), release.getEffectiveFrom(),
                release.getSupersededFrom(), release.getSupersededBy(), count);
    }

    public Map<String, Field> fields() {
        return em.createNamedQuery("Field.findAll", Field.class).getResultStream()
                .collect(Collectors.toMap(Field::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}

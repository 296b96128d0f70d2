package vn.motcua.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.catalog.control.CatalogVocabulary;
import vn.motcua.catalog.control.ReleaseAssembler;
import vn.motcua.catalog.control.Releases;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.SearchText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalog for everyone — desk, kiosk, public pages: the release in force on a day and its
 * procedures, found by code, by name without caring for accents, or by field.
 */
@Stateless
@PermitAll
public class CatalogQuery {

    /** Enough for a search box; a person narrows the words rather than pages through hundreds. */
    static final int MAX_RESULTS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<ReleaseSummaryDto> releaseInForceOn(LocalDate day) {
        Releases releases = new Releases(em);
        return releases.inForceOn(day).map(releases::summary);
    }

    public Optional<ProcedureVersionDto> procedureByCode(String code, LocalDate day) {
        return new Releases(em).inForceOn(day).flatMap(release -> em
                .createNamedQuery("Procedure.findByReleaseAndCode", Procedure.class)
                .setParameter("release", release).setParameter("code", code == null ? "" : code.strip())
                .getResultStream().findFirst()).map(CatalogQuery::version);
    }

    /** The version a dossier was received under, whatever release is in force now. */
    public Optional<ProcedureVersionDto> procedureVersion(long id) {
        return Optional.ofNullable(em.find(Procedure.class, id)).map(CatalogQuery::version);
    }

    /** Procedures whose name contains the words typed, accents or not: "dang ky the chap". */
    public List<ProcedureSummaryDto> searchByName(String text, LocalDate day) {
        String folded = SearchText.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new Releases(em).inForceOn(day).map(release -> em
                .createNamedQuery("Procedure.searchByName", Procedure.class)
                .setParameter("release", release).setParameter("pattern", pattern)
                .setMaxResults(MAX_RESULTS).getResultStream().map(CatalogQuery::summary).toList()).orElse(List.of());
    }

    /** Every procedure of the release in force on a day, in the order of its decision. */
    public List<ProcedureSummaryDto> inForce(LocalDate day) {
        return new Releases(em).inForceOn(day).map(release -> em
                .createNamedQuery("Procedure.listByRelease", Procedure.class).setParameter("release", release)
                .getResultStream().map(CatalogQuery::summary).toList()).orElse(List.of());
    }

    /** By national code (e.g. 1.000948.H21) or, failing that, by name without regard to accents. */
    public List<ProcedureSummaryDto> search(String text, LocalDate day) {
        String code = text == null ? "" : text.strip();
        List<ProcedureSummaryDto> byCode = new Releases(em).inForceOn(day).map(release -> em
                .createNamedQuery("Procedure.findByReleaseAndCode", Procedure.class)
                .setParameter("release", release).setParameter("code", code)
                .getResultStream().map(CatalogQuery::summary).toList()).orElse(List.of());
        return byCode.isEmpty() ? searchByName(text, day) : byCode;
    }

    public List<ProcedureSummaryDto> byField(String fieldCode, LocalDate day) {
        return new Releases(em).inForceOn(day).map(release -> em
                .createNamedQuery("Procedure.findByReleaseAndField", Procedure.class)
                .setParameter("release", release).setParameter("fieldCode", fieldCode)
                .getResultStream().map(CatalogQuery::summary).toList()).orElse(List.of());
    }

    public List<FieldDto> fields() {
        return new Releases(em).fields().values().stream().map(f -> new FieldDto(f.getCode(), f.getName())).toList();
    }

    private static ProcedureVersionDto version(Procedure procedure) {
        CatalogRelease release = procedure.getRelease();
        return new ProcedureVersionDto(procedure.getId(), release.getCode(), ReleaseAssembler.toDto(procedure));
    }

    private static ProcedureSummaryDto summary(Procedure p) {
        return new ProcedureSummaryDto(p.getId(), p.getRelease().getCode(), p.getCode(), p.getName(),
                p.getField().getCode(), p.getField().getName(), p.getAgencyCode(),
                CatalogVocabulary.formatTerm(ReleaseAssembler.toDto(p.getTerm())));
    }
}

package vn.motcua.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.catalog.control.ReleaseAssembler;
import vn.motcua.catalog.control.ReleaseDiff;
import vn.motcua.catalog.control.ReleaseFiles;
import vn.motcua.catalog.control.ReleaseImport;
import vn.motcua.catalog.control.WorkflowStaffing;
import vn.motcua.catalog.control.Releases;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.Field;
import vn.motcua.shared.boundary.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's handling of the catalog: a province's new release is imported as a draft
 * (all or nothing), compared with the release in force, and published to take effect on a date; until
 * then the old release stays in force, so dossiers received before keep their procedure versions.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CatalogAdministration {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    // package-private, as in CatalogQuery: CatalogBoundaryTest sets them outside the server
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /** Reads, checks and stores a file as a draft; with any problem nothing is stored. */
    public ImportOutcomeDto importRelease(String fileName, byte[] content) {
        Releases releases = new Releases(em);
        Map<String, Field> fields = releases.fields();
        ReleaseImport.Checked checked = new ReleaseImport(fields.keySet(), code -> releases.byCode(code).isPresent())
                .check(fileName, content);
        if (!checked.accepted()) {
            return ImportOutcomeDto.rejected(checked.problems());
        }
        List<CatalogProblemDto> unstaffed = new WorkflowStaffing(em).check(checked.release().procedures());
        if (!unstaffed.isEmpty()) {
            return ImportOutcomeDto.rejected(unstaffed);
        }
        CatalogRelease draft = ReleaseAssembler.draft(checked.release(), fields, clock.instant());
        em.persist(draft);
        int count = checked.release().procedures().size();
        ReleaseDiffDto diff = ReleaseDiff.between(releases.inForceOn(today()).map(releases::content).orElse(null),
                checked.release());
        audit.record(caller(), "CATALOG_IMPORTED", draft.getCode(), fileName + ": " + count + " procedures");
        return ImportOutcomeDto.accepted(draft.getCode(), count, diff);
    }

    /** What a stored release changes against the release in force today. */
    public ReleaseDiffDto preview(String releaseCode) {
        Releases releases = new Releases(em);
        CatalogRelease release = existing(releases, releaseCode);
        ReleaseDto inForce = releases.inForceOn(today()).filter(r -> !r.equals(release)).map(releases::content)
                .orElse(null);
        return ReleaseDiff.between(inForce, releases.content(release));
    }

    /**
     * Publishes a draft to take effect on a day, today or later and after the latest published release,
     * which is superseded from that day on (and stays in force until then).
     */
    public ReleaseSummaryDto publish(String releaseCode, LocalDate effectiveFrom) {
        Releases releases = new Releases(em);
        CatalogRelease draft = existing(releases, releaseCode);
        if (!draft.isDraft()) {
            throw new BusinessException("catalog.release.notDraft", releaseCode);
        }
        LocalDate today = today();
        if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
            throw new BusinessException("catalog.publish.effectiveInPast",
                    effectiveFrom == null ? "" : DAY.format(effectiveFrom), DAY.format(today));
        }
        Optional<CatalogRelease> latest = releases.latestPublished();
        if (latest.isPresent() && !effectiveFrom.isAfter(latest.get().getEffectiveFrom())) {
            throw new BusinessException("catalog.publish.effectiveTooEarly", DAY.format(effectiveFrom),
                    latest.get().getCode(), DAY.format(latest.get().getEffectiveFrom()));
        }
        draft.publish(effectiveFrom, clock.instant());
        latest.ifPresent(previous -> previous.supersede(draft));
        audit.record(caller(), "CATALOG_PUBLISHED", releaseCode, "effective " + effectiveFrom);
        return releases.summary(draft);
    }

    /** Deletes a draft that will not be published; published releases are kept for ever. */
    public void discard(String releaseCode) {
        CatalogRelease draft = existing(new Releases(em), releaseCode);
        if (!draft.isDraft()) {
            throw new BusinessException("catalog.release.notDraft", releaseCode);
        }
        em.remove(draft);
        audit.record(caller(), "CATALOG_DISCARDED", releaseCode, null);
    }

    public byte[] export(String releaseCode, CatalogFileFormat format) {
        Releases releases = new Releases(em);
        return ReleaseFiles.write(releases.content(existing(releases, releaseCode)), format);
    }

    /** The empty spreadsheet a province fills in. */
    public byte[] spreadsheetTemplate() {
        return ReleaseFiles.write(new ReleaseDto(null, null, null, null, List.of()), CatalogFileFormat.XLSX);
    }

    public List<ReleaseSummaryDto> releases() {
        Releases releases = new Releases(em);
        return em.createNamedQuery("CatalogRelease.findAll", CatalogRelease.class).getResultStream()
                .map(releases::summary).toList();
    }

    /** Adds a field (lĩnh vực) so that releases may use its code. */
    public FieldDto defineField(String code, String name) {
        String wanted = code == null ? "" : code.strip();
        if (!Field.CODE.matcher(wanted).matches() || name == null || name.isBlank()
                || name.strip().length() > Field.NAME_LENGTH) {
            throw new BusinessException("catalog.field.invalid", wanted);
        }
        if (new Releases(em).fields().containsKey(wanted)) {
            throw new BusinessException("catalog.field.codeTaken", wanted);
        }
        Field field = new Field(wanted, name);
        em.persist(field);
        audit.record(caller(), "CATALOG_FIELD_DEFINED", wanted, field.getName());
        return new FieldDto(field.getCode(), field.getName());
    }

    private static CatalogRelease existing(Releases releases, String code) {
        return releases.byCode(code).orElseThrow(() -> new BusinessException("catalog.release.notFound", code));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

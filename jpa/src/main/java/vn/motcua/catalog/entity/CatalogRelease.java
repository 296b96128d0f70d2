package vn.motcua.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.QueryHints;
import vn.motcua.shared.entity.ReferenceData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Bộ thủ tục hành chính: the set of procedures the provincial People's Committee announces by a
 * decision (Circular 02/2017/TT-VPCP). Imported as a draft, published with the date it takes effect;
 * it stays in force until the day its successor takes effect, whatever its status says before then.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "catalog_release")
@NamedQuery(name = "CatalogRelease.findByCode", query = "SELECT r FROM CatalogRelease r WHERE r.code = :code")
@NamedQuery(name = "CatalogRelease.findAll", query = "SELECT r FROM CatalogRelease r ORDER BY r.importedAt DESC")
@NamedQuery(name = "CatalogRelease.findLatestPublished",
        query = "SELECT r FROM CatalogRelease r WHERE r.status = vn.motcua.catalog.entity.ReleaseStatus.PUBLISHED")
@NamedQuery(name = "CatalogRelease.findInForceOn", query = "SELECT r FROM CatalogRelease r"
        + " WHERE r.status <> vn.motcua.catalog.entity.ReleaseStatus.DRAFT AND r.effectiveFrom <= :day"
        + " AND (r.supersededFrom IS NULL OR r.supersededFrom > :day)", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = ReferenceData.CACHE_EXPIRY_TEXT)})
public class CatalogRelease {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 500;
    public static final int DECISION_NUMBER_LENGTH = 60;

    @Id
    @SequenceGenerator(name = "catalog_release_seq", sequenceName = "catalog_release_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_release_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "decision_number", nullable = false, length = DECISION_NUMBER_LENGTH)
    private String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReleaseStatus status = ReleaseStatus.DRAFT;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    /** The first day the successor is in force; this release applies up to the day before. */
    @Column(name = "superseded_from")
    private LocalDate supersededFrom;

    @Column(name = "superseded_by", length = CODE_LENGTH)
    private String supersededBy;

    @OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Procedure> procedures = new ArrayList<>();

    @Version
    private long version;

    protected CatalogRelease() {
    }

    public CatalogRelease(String code, String name, String decisionNumber, LocalDate decisionDate,
                          Instant importedAt) {
        this.code = Texts.require(code, "code");
        this.name = Texts.require(name, "name");
        this.decisionNumber = Texts.require(decisionNumber, "decisionNumber");
        this.decisionDate = Objects.requireNonNull(decisionDate, "decisionDate");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    }

    /** Adds a procedure version; only a draft takes new procedures, and each code once. */
    public Procedure include(String procedureCode, String procedureName, Field field, OnlineLevel level,
                             String agencyCode, ProcedureDescription description, StatutoryTerm term, Fee fee) {
        requireDraft();
        String wanted = Texts.require(procedureCode, "procedureCode");
        if (procedures.stream().anyMatch(p -> p.getCode().equals(wanted))) {
            throw new IllegalArgumentException("procedure " + wanted + " is already in release " + code);
        }
        Procedure procedure = new Procedure(this, procedures.size() + 1, wanted, procedureName, field, level, agencyCode, description,
                term, fee);
        procedures.add(procedure);
        return procedure;
    }

    /** Publishes the draft; from {@code effectiveOn} on, dossiers are received under it. */
    public void publish(LocalDate effectiveOn, Instant at) {
        requireDraft();
        if (procedures.isEmpty()) {
            throw new IllegalStateException("an empty release cannot be published");
        }
        this.effectiveFrom = Objects.requireNonNull(effectiveOn, "effectiveOn");
        this.publishedAt = Objects.requireNonNull(at, "at");
        this.status = ReleaseStatus.PUBLISHED;
    }

    /** Marks this release as replaced by a successor published to take effect later. */
    public void supersede(CatalogRelease successor) {
        if (status != ReleaseStatus.PUBLISHED) {
            throw new IllegalStateException("only the published release can be superseded, " + code + " is " + status);
        }
        if (successor.status != ReleaseStatus.PUBLISHED || !successor.effectiveFrom.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("a successor must be published and take effect after " + effectiveFrom);
        }
        this.status = ReleaseStatus.SUPERSEDED;
        this.supersededFrom = successor.effectiveFrom;
        this.supersededBy = successor.code;
    }

    public boolean isInForceOn(LocalDate day) {
        return status != ReleaseStatus.DRAFT && !day.isBefore(effectiveFrom)
                && (supersededFrom == null || day.isBefore(supersededFrom));
    }

    public boolean isDraft() {
        return status == ReleaseStatus.DRAFT;
    }

    void requireDraft() {
        if (!isDraft()) {
            throw new IllegalStateException("release " + code + " is " + status + "; its procedures never change");
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public ReleaseStatus getStatus() {
        return status;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getSupersededFrom() {
        return supersededFrom;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public List<Procedure> getProcedures() {
        return Collections.unmodifiableList(procedures);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CatalogRelease release && code.equals(release.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + status;
    }
}

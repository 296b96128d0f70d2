package vn.motcua.agency.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.QueryHints;
import vn.motcua.shared.entity.ReferenceData;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A body in the agency tree: province, district or commune, department, one-stop desk. Agencies
 * are retired, never deleted, so that the dossiers they handled stay readable.
 */
@Entity
@Cacheable
@Cache(expiry = ReferenceData.CACHE_EXPIRY_MILLIS)
@Table(name = "agency")
@NamedQuery(name = "Agency.findByCode", query = "SELECT a FROM Agency a WHERE a.code = :code", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = ReferenceData.CACHE_EXPIRY_TEXT)})
@NamedQuery(name = "Agency.count", query = "SELECT COUNT(a) FROM Agency a")
@NamedQuery(name = "Agency.findAll", query = "SELECT a FROM Agency a ORDER BY a.code")
@NamedQuery(name = "Agency.parentLinks", query = "SELECT a.id, p.id FROM Agency a LEFT JOIN a.parent p")
public class Agency {

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    /** National agency code, used as the prefix of dossier codes (Circular 01/2018 Art. 19). */
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgencyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @Column(length = 500)
    private String address;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_until")
    private LocalDate activeUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Agency mergedInto;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String code, String name, AgencyKind kind, Agency parent, LocalDate activeFrom) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parent = parent;
        this.activeFrom = Objects.requireNonNull(activeFrom, "activeFrom");
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }

    /** Places the agency under another parent; an agency can never end up below itself. */
    public void moveUnder(Agency newParent) {
        for (Agency above = newParent; above != null; above = above.parent) {
            if (above.equals(this)) {
                throw new IllegalArgumentException("an agency cannot be moved below itself");
            }
        }
        this.parent = newParent;
    }

    /** Merges this agency into another from a date on: it is retired and points at its successor. */
    public void mergeInto(Agency successor, LocalDate lastDay) {
        if (successor.equals(this)) {
            throw new IllegalArgumentException("an agency cannot be merged into itself");
        }
        retire(lastDay);
        this.mergedInto = successor;
    }

    public void locateAt(String address) {
        this.address = address;
    }

    /** Retires the agency from a date on; it and its history stay in the tree. */
    public void retire(LocalDate lastDay) {
        if (lastDay.isBefore(activeFrom)) {
            throw new IllegalArgumentException("an agency cannot retire before it became active");
        }
        this.activeUntil = lastDay;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeUntil == null || !day.isAfter(activeUntil));
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

    public AgencyKind getKind() {
        return kind;
    }

    public Agency getParent() {
        return parent;
    }

    public Agency getMergedInto() {
        return mergedInto;
    }

    public long getVersion() {
        return version;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public LocalDate getActiveUntil() {
        return activeUntil;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Agency agency && code.equals(agency.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}

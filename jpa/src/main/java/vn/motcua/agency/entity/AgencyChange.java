package vn.motcua.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One reorganisation of an agency, kept for ever so that old dossiers can be read in their context. */
@Entity
@Table(name = "agency_change")
@NamedQuery(name = "AgencyChange.findByAgency",
        query = "SELECT c FROM AgencyChange c WHERE c.agency.code = :code ORDER BY c.effectiveOn DESC, c.id DESC")
public class AgencyChange {

    public enum Kind { CREATED, RENAMED, MOVED, MERGED, RETIRED }

    @Id
    @SequenceGenerator(name = "agency_change_seq", sequenceName = "agency_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(length = 1000)
    private String detail;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AgencyChange() {
    }

    public AgencyChange(Agency agency, Kind kind, LocalDate effectiveOn, String detail, String actor, Instant recordedAt) {
        this.agency = Objects.requireNonNull(agency);
        this.kind = Objects.requireNonNull(kind);
        this.effectiveOn = Objects.requireNonNull(effectiveOn);
        this.detail = detail;
        this.actor = Objects.requireNonNull(actor);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getDetail() {
        return detail;
    }

    public String getActor() {
        return actor;
    }
}

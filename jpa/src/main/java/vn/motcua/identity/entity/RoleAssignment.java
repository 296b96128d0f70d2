package vn.motcua.identity.entity;

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
import vn.motcua.agency.entity.Agency;

import java.util.Objects;

/** One role an officer holds in one agency; an officer may hold roles in several agencies. */
@Entity
@Table(name = "role_assignment")
@NamedQuery(name = "RoleAssignment.agencyIdsOf", query = "SELECT r.agency.id FROM RoleAssignment r"
        + " WHERE r.officer.username = :username AND r.role = :role")
@NamedQuery(name = "RoleAssignment.holderOf", query = "SELECT r.officer.fullName, r.agency.id FROM RoleAssignment r"
        + " WHERE r.officer.username = :username AND r.role = :role")
public class RoleAssignment {

    @Id
    @SequenceGenerator(name = "role_assignment_seq", sequenceName = "role_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_assignment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "officer_id")
    private Officer officer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Role role;

    protected RoleAssignment() {
    }

    RoleAssignment(Officer officer, Agency agency, Role role) {
        this.officer = Objects.requireNonNull(officer);
        this.agency = Objects.requireNonNull(agency);
        this.role = Objects.requireNonNull(role);
    }

    public Officer getOfficer() {
        return officer;
    }

    public Agency getAgency() {
        return agency;
    }

    public Role getRole() {
        return role;
    }

    boolean grants(Role wanted, Agency where) {
        return role == wanted && agency.equals(where);
    }
}

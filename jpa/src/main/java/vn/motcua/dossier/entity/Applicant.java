package vn.motcua.dossier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.catalog.entity.SearchText;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Công dân, tổ chức filing dossiers, kept once so the desk finds them again by identity number or
 * phone. The values arrive already checked and normalised by the control layer's ApplicantRules.
 */
@Entity
@Table(name = "applicant")
@NamedQuery(name = "Applicant.findByIdNumber", query = "SELECT a FROM Applicant a WHERE a.idNumber = :idNumber")
@NamedQuery(name = "Applicant.findByPhone", query = "SELECT a FROM Applicant a WHERE a.phone = :phone"
        + " ORDER BY a.fullName")
public class Applicant {

    public enum Kind { PERSON, ORGANISATION }

    /** Số định danh cá nhân (CCCD, 12 digits) for persons, mã số thuế (10 or 13 digits) for organisations. */
    public enum IdKind { CITIZEN_ID, TAX_CODE }

    @Id
    @SequenceGenerator(name = "applicant_seq", sequenceName = "applicant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind", nullable = false, length = 20, updatable = false)
    private IdKind idKind;

    @Column(name = "id_number", nullable = false, length = 20, updatable = false)
    private String idNumber;

    /** The name folded by {@link SearchText}, so "nguyen thi hong" finds "Nguyễn Thị Hồng". */
    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    /**
     * The folded name from each of its words on ({@link SearchText#keys}), one indexed row each (V12),
     * so the staff search finds "thi hong" or "hong" by an index range instead of reading every name.
     */
    @ElementCollection
    @CollectionTable(name = "applicant_search_key", joinColumns = @JoinColumn(name = "applicant_id"))
    @Column(name = "search_key", nullable = false, length = SearchText.KEY_LENGTH)
    private Set<String> searchKeys = new HashSet<>();

    @Column(length = 10)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(length = 500)
    private String address;

    @Version
    private long version;

    protected Applicant() {
    }

    public Applicant(Kind kind, String fullName, IdKind idKind, String idNumber) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.idKind = Objects.requireNonNull(idKind, "idKind");
        this.idNumber = Objects.requireNonNull(idNumber, "idNumber");
        rename(fullName);
    }

    public final void rename(String newName) {
        this.fullName = Objects.requireNonNull(newName, "fullName");
        this.searchName = SearchText.fold(newName);
        this.searchKeys.clear();
        this.searchKeys.addAll(SearchText.keys(newName));
    }

    /** Contact details change between visits; the identity number never does. */
    public void updateContact(String newPhone, String newEmail, String newAddress) {
        this.phone = newPhone;
        this.email = newEmail;
        this.address = newAddress;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFullName() {
        return fullName;
    }

    public IdKind getIdKind() {
        return idKind;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Applicant that && idKind == that.idKind
                && idNumber.equals(that.idNumber);
    }

    @Override
    public int hashCode() {
        return idNumber.hashCode();
    }

    @Override
    public String toString() {
        return fullName + " (" + idNumber + ")";
    }
}

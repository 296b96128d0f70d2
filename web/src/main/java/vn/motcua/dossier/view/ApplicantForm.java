package vn.motcua.dossier.view;

import vn.motcua.dossier.entity.Applicant;

import vn.motcua.dossier.boundary.ApplicantDto;
import vn.motcua.dossier.boundary.DelegateDto;

import java.io.Serializable;

/** The applicant's fields on the reception screen. */
public class ApplicantForm implements Serializable {

    private Applicant.Kind kind = Applicant.Kind.PERSON;
    private String name;
    private Applicant.IdKind idKind = Applicant.IdKind.CITIZEN_ID;
    private String idNumber;
    private String phone;
    private String email;
    private String address;
    private String delegateName;
    private String delegateIdNumber;
    private String delegatePhone;

    /** Fills the form from an applicant met before; the officer checks and may correct it. */
    void fillFrom(ApplicantDto known) {
        kind = known.kind();
        name = known.name();
        idKind = known.idKind();
        idNumber = known.idNumber();
        phone = known.phone();
        email = known.email();
        address = known.address();
    }

    DelegateDto delegate() {
        return new DelegateDto(delegateName, delegateIdNumber, delegatePhone);
    }

    public String getDelegateName() { return delegateName; }
    public void setDelegateName(String delegateName) { this.delegateName = delegateName; }
    public String getDelegateIdNumber() { return delegateIdNumber; }
    public void setDelegateIdNumber(String delegateIdNumber) { this.delegateIdNumber = delegateIdNumber; }
    public String getDelegatePhone() { return delegatePhone; }
    public void setDelegatePhone(String delegatePhone) { this.delegatePhone = delegatePhone; }

    public Applicant.Kind getKind() {
        return kind;
    }

    public void setKind(Applicant.Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Applicant.IdKind getIdKind() {
        return idKind;
    }

    public void setIdKind(Applicant.IdKind idKind) {
        this.idKind = idKind;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}

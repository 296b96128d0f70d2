package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** Người được ủy quyền who files on the applicant's behalf; checked by the control layer's rules. */
@Embeddable
public class Delegate {

    @Column(name = "delegate_name", length = 200)
    private String name;

    @Column(name = "delegate_id", length = 20)
    private String idNumber;

    @Column(name = "delegate_phone", length = 10)
    private String phone;

    protected Delegate() {
    }

    public Delegate(String name, String idNumber, String phone) {
        this.name = Objects.requireNonNull(name, "name");
        this.idNumber = Objects.requireNonNull(idNumber, "idNumber");
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public String phone() {
        return phone;
    }
}

package vn.motcua.agency.view.admin;

import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.shared.boundary.Clocks;

import java.io.Serializable;
import java.time.LocalDate;

/** The fields of the reorganisation form: what each action needs of them. */
public class AgencyChangeForm implements Serializable {

    private String code;
    private String name;
    private AgencyKind kind = AgencyKind.DEPARTMENT;
    private String address;
    private String targetCode;
    private LocalDate date = LocalDate.now(Clocks.VIETNAM);

    void prepareFor(AgencyDto selected) {
        code = null;
        name = selected == null ? null : selected.name();
        address = null;
        targetCode = null;
        date = LocalDate.now(Clocks.VIETNAM);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public void setTargetCode(String targetCode) {
        this.targetCode = targetCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}

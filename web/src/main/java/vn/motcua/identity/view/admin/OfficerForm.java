package vn.motcua.identity.view.admin;

import vn.motcua.identity.entity.Role;

import java.io.Serializable;

/** The "open an account" form's fields, kept across the dialog's ajax requests. */
public class OfficerForm implements Serializable {

    private String username;
    private String fullName;
    private String email;
    private String agencyCode;
    private Role role;
    private String temporaryPassword;

    void clear() {
        username = null;
        fullName = null;
        email = null;
        agencyCode = null;
        role = null;
        temporaryPassword = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}

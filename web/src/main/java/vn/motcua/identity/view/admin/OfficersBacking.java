package vn.motcua.identity.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.identity.boundary.NewOfficerDto;
import vn.motcua.identity.boundary.OfficerAdministration;
import vn.motcua.identity.boundary.OfficerSummaryDto;
import vn.motcua.identity.boundary.RoleGrantDto;
import vn.motcua.identity.entity.Role;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** admin/officers.xhtml: accounts in the administrator's agencies; open, disable, reset, unlock. */
@Named
@ViewScoped
public class OfficersBacking implements Serializable {

    @Inject
    private OfficerAdministration administration;

    private List<OfficerSummaryDto> officers;
    private List<AgencyDto> agencies;
    private final OfficerForm form = new OfficerForm();
    private String selected;
    private String temporaryPassword;
    private Role grantRole;
    private String grantAgencyCode;

    @PostConstruct
    void load() {
        officers = administration.officers();
        agencies = administration.agenciesInScope();
    }

    public void open() {
        run(() -> administration.open(new NewOfficerDto(form.getUsername(), form.getFullName(), form.getEmail(),
                form.getAgencyCode(), form.getRole(), form.getTemporaryPassword())), "officers.opened");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            form.clear();
        }
    }

    public void disable(String username) {
        run(() -> administration.disable(username), "officers.disabled");
    }

    public void enable(String username) {
        run(() -> administration.enable(username), "officers.enabled");
    }

    public void unlock(String username) {
        run(() -> administration.unlock(username), "officers.unlocked");
    }

    public void grant() {
        run(() -> administration.grant(selected, grantRole, grantAgencyCode), "officers.granted");
    }

    public void revoke(String username, RoleGrantDto grant) {
        run(() -> administration.revoke(username, grant.role(), grant.agencyCode()), "officers.revoked");
    }

    public void resetPassword() {
        run(() -> administration.resetPassword(selected, temporaryPassword), "officers.passwordReset");
        temporaryPassword = null;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            officers = administration.officers();
        } catch (BusinessException e) {
            FacesMessages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<OfficerSummaryDto> getOfficers() {
        return officers;
    }

    public List<AgencyDto> getAgencies() {
        return agencies;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public OfficerForm getForm() {
        return form;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public Role getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(Role grantRole) {
        this.grantRole = grantRole;
    }

    public String getGrantAgencyCode() {
        return grantAgencyCode;
    }

    public void setGrantAgencyCode(String grantAgencyCode) {
        this.grantAgencyCode = grantAgencyCode;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}

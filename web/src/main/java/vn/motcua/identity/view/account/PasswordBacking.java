package vn.motcua.identity.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.identity.boundary.OfficerAccount;
import vn.motcua.identity.view.PasswordChangeFilter;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

/** account/password.xhtml: the officer changes their own password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private OfficerAccount account;

    private String current;
    private String chosen;
    private String confirmation;

    public void save() {
        try {
            account.changePassword(current, chosen, confirmation);
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(PasswordChangeFilter.MUST_CHANGE);
            FacesMessages.info("password.changed");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

package vn.motcua.lookup.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.lookup.boundary.DossierStatusDto;
import vn.motcua.lookup.boundary.LookupAnswerDto;
import vn.motcua.lookup.boundary.StatusLookup;
import vn.motcua.shared.view.FacesMessages;

/** lookup.xhtml: code (prefilled from the receipt's QR link) and PIN in, the dossier's public status out. */
@Named
@RequestScoped
public class LookupBacking {

    @Inject
    private StatusLookup lookup;

    private String code;
    private String pin;
    private DossierStatusDto dossier;

    public void look() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        LookupAnswerDto answer = lookup.look(code, pin, request.getRemoteAddr());
        pin = null;
        dossier = answer.dossier();
        switch (answer.outcome()) {
            case FOUND -> { }
            case LOCKED -> FacesMessages.error(answer.outcome().messageKey(), (answer.retryAfterSeconds() + 59) / 60);
            default -> FacesMessages.error(answer.outcome().messageKey(), answer.retryAfterSeconds());
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public DossierStatusDto getDossier() { return dossier; }
}

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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** lookup.xhtml: code (prefilled from the receipt's QR link) and PIN in, the dossier's public status out. */
@Named
@RequestScoped
public class LookupBacking {

    /** Request attribute: the answer LookupPageFilter already got for this form, so the code is checked once. */
    static final String ANSWER = LookupBacking.class.getName() + ".answer";

    @Inject
    private StatusLookup lookup;

    private String code;
    private String pin;
    private DossierStatusDto dossier;

    public void look() {
        code = scanned(code);
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        LookupAnswerDto answer = request.getAttribute(ANSWER) instanceof LookupAnswerDto checked ? checked
                : lookup.look(code, pin, request.getRemoteAddr());
        pin = null;
        dossier = answer.dossier();
        switch (answer.outcome()) {
            case FOUND -> { }
            case LOCKED -> FacesMessages.error(answer.outcome().messageKey(), (answer.retryAfterSeconds() + 59) / 60);
            default -> FacesMessages.error(answer.outcome().messageKey(), answer.retryAfterSeconds());
        }
    }

    /**
     * At the kiosk a QR scanner types the receipt's whole link into the code field: keep its code=
     * parameter. Anything else is left as typed.
     */
    static String scanned(String typed) {
        if (typed == null || !typed.contains("code=")) {
            return typed;
        }
        String query = typed.substring(typed.indexOf("code=") + "code=".length());
        int end = query.indexOf('&');
        return URLDecoder.decode(end < 0 ? query : query.substring(0, end), StandardCharsets.UTF_8).strip();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public DossierStatusDto getDossier() { return dossier; }
}

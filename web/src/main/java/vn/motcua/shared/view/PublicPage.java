package vn.motcua.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Map;
import java.util.StringJoiner;

/**
 * What public pages carry from link to link without a session: the language (?lang=en) and the kiosk
 * mode (?kiosk=1, large targets, on-screen keyboard, back home when idle).
 */
@Named
@RequestScoped
public class PublicPage {

    private Map<String, String> parameters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    public boolean isEnglish() {
        return "en".equals(parameters().get("lang"));
    }

    public boolean isKiosk() {
        return "1".equals(parameters().get("kiosk"));
    }

    public String getLanguage() {
        return isEnglish() ? "en" : "vi";
    }

    /** "lang=en&amp;kiosk=1", what a link adds to keep them; empty for Vietnamese at home. */
    public String getCarried() {
        StringJoiner carried = new StringJoiner("&");
        if (isEnglish()) {
            carried.add("lang=en");
        }
        if (isKiosk()) {
            carried.add("kiosk=1");
        }
        return carried.toString();
    }
}

package vn.motcua.queue.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.queue.boundary.IssuedTicketDto;
import vn.motcua.queue.boundary.KioskRequestDto;
import vn.motcua.queue.boundary.ServiceGroupDto;
import vn.motcua.queue.boundary.TicketDispenser;
import vn.motcua.reference.boundary.ReferenceEntryDto;
import vn.motcua.reference.boundary.ReferenceLists;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.util.List;
import java.util.Locale;

/**
 * ticket.xhtml, the kiosk's "lấy số": ?desk=&lt;desk code&gt;&amp;station=&lt;kiosk id&gt;&amp;kiosk=1. The
 * page is a plain form posted back to itself with a server-signed request token, so a forged request is
 * refused and a replayed one returns the same ticket; no session is kept.
 */
@Named
@RequestScoped
public class TicketBacking {

    @Inject
    private TicketDispenser dispenser;

    @Inject
    private ReferenceLists references;

    private String desk;
    private String station;
    private String token;
    private List<ServiceGroupDto> groups = List.of();
    private IssuedTicketDto ticket;

    public void load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // the view's own locale (f:view in the template) is set only when it renders: messages added
        // before that, here, would follow the browser's language instead of the page's ?lang
        FacesContext.getCurrentInstance().getViewRoot().setLocale(Locale.forLanguageTag(
                "en".equals(request.getParameter("lang")) ? "en" : "vi"));
        desk = param(request, "desk");
        station = param(request, "station");
        try {
            if ("POST".equals(request.getMethod())) {
                KioskRequestDto asked = new KioskRequestDto(desk, station, param(request, "token"), param(request, "group"),
                        param(request, "priority"));
                ticket = request.getParameter("return") != null
                        ? dispenser.issueForReturn(asked, param(request, "scanned"))
                        : dispenser.issue(asked);
            }
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        }
        if (ticket == null && desk != null) {
            groups = dispenser.groups(desk);
            if (groups.isEmpty()) {
                FacesMessages.error("queue.desk.unknown");
            }
        }
        try {
            token = dispenser.kioskToken(station);
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        }
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() || value.length() > 300 ? null : value.strip();
    }

    public List<ReferenceEntryDto> getPriorities() {
        return references.activeEntries("PRIORITY");
    }

    public boolean isReturnOffered() {
        return groups.stream().anyMatch(g -> g.returnsResults() && g.open());
    }

    /** This page again, for the kiosk's idle return and the "another number" link. */
    public String getHome() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getContextPath() + "/ticket?desk=" + encode(desk) + "&station=" + encode(station) + "&kiosk=1";
    }

    private static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getDesk() { return desk; }
    public String getStation() { return station; }
    public String getToken() { return token; }
    public List<ServiceGroupDto> getGroups() { return groups; }
    public IssuedTicketDto getTicket() { return ticket; }
}

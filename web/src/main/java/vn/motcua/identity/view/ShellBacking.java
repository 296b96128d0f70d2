package vn.motcua.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.dossier.boundary.Notifications;
import vn.motcua.identity.boundary.OfficerAccount;
import vn.motcua.identity.boundary.OfficerProfileDto;
import vn.motcua.shared.boundary.Clocks;

import java.time.LocalDate;

/** The staff shell around every page: who is signed in and what the menu shows. */
@Named
@RequestScoped
public class ShellBacking {

    @Inject
    private OfficerAccount account;

    @Inject
    private Notifications notifications;

    private OfficerProfileDto profile;
    private Long unread;

    public OfficerProfileDto getProfile() {
        if (profile == null) {
            profile = account.currentProfile();
        }
        return profile;
    }

    public LocalDate getToday() {
        return LocalDate.now(Clocks.VIETNAM);
    }

    /** Officers who handle dossiers (not the administrator or the province alone). */
    public boolean isStaff() {
        return inRole("RECEPTION") || inRole("SPECIALIST") || inRole("LEADER") || inRole("CLERK");
    }

    public long getUnread() {
        if (unread == null) {
            unread = isStaff() ? notifications.unreadCount() : 0L;
        }
        return unread;
    }

    public boolean inRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}

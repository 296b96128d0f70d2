package vn.motcua.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.identity.boundary.SignIn;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Signs an officer in through the Elytron security domain (HttpServletRequest.login), wrapped in the
 * office's rules: a locked account is refused before its password is checked, every failure counts.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Clocks.VIETNAM);

    @Inject
    private SignIn signIn;

    private String username;
    private String password;

    public String login() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.strip().toLowerCase();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            FacesMessages.error("login.required");
            return null;
        }
        Optional<Instant> locked = signIn.lockedUntil(name);
        if (locked.isPresent()) {
            FacesMessages.error("login.locked", TIME.format(locked.get()));
            return null;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        try {
            request.login(name, password);
        } catch (ServletException wrongPassword) {
            signIn.recordFailure(name, request.getRemoteAddr());
            FacesMessages.error("login.failed");
            return null;
        }
        boolean mustChange = signIn.recordSuccess(name, request.getRemoteAddr());
        request.changeSessionId();
        if (mustChange) {
            external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
        }
        external.redirect(external.getRequestContextPath() + (mustChange ? "/account/password" : "/index"));
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

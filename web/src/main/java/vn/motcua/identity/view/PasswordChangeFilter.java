package vn.motcua.identity.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.List;

/**
 * An officer whose password was reset by an administrator works on nothing until they choose a new
 * one: every page but the password page leads back to it.
 */
@WebFilter("/*")
public class PasswordChangeFilter extends HttpFilter {

    /** Session attribute set at sign-in when the officer must change the password. */
    public static final String MUST_CHANGE = "motcua.mustChangePassword";

    private static final List<String> ALLOWED = List.of("/account/password", "/logout", "/login",
            "/jakarta.faces.resource/", "/resources/", "/error/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(MUST_CHANGE) == null || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + "/account/password";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/></partial-response>", target);
        } else {
            response.sendRedirect(target);
        }
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED.stream().anyMatch(path::startsWith);
    }
}

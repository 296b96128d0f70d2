package vn.motcua.lookup.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.lookup.boundary.DossierStatusDto;
import vn.motcua.lookup.boundary.LookupAnswerDto;
import vn.motcua.lookup.boundary.StatusLookup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The lookup form's answer with a dossier is rendered once per status the lookup keeps (PublicStatuses
 * hands out the same status object for a few seconds), as the API writes its JSON once: the crowd at the
 * office's screens and families refreshing at home ask for the same codes again and again. The code and
 * PIN are still checked on every request, here, once; a request with no dossier to show goes to the page
 * as it is, with the answer (LookupBacking.ANSWER).
 */
@WebFilter(urlPatterns = {"/lookup", "/lookup.xhtml"})
public class LookupPageFilter extends HttpFilter {

    /** Past this many pages (about 6 KB each) those kept are dropped: each is only reused while its status is kept. */
    private static final int MAX_PAGES = 2_000;

    /** What the page shows besides the status: the code as typed, the language and the kiosk mode. */
    private record Shown(String code, boolean english, boolean kiosk) {
    }

    private record Rendered(DossierStatusDto status, String contentType, byte[] html) {
    }

    @Inject
    private StatusLookup lookup;

    private final ConcurrentMap<Shown, Rendered> pages = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // as the page decodes its form: before the first parameter is read
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        if (!"lookup".equals(request.getParameter("lookup")) || request.getParameter("submit") == null) {
            chain.doFilter(request, response);
            return;
        }
        String code = LookupBacking.scanned(emptyAsNull(request.getParameter("code")));
        LookupAnswerDto answer = lookup.look(code, emptyAsNull(request.getParameter("pin")), request.getRemoteAddr());
        request.setAttribute(LookupBacking.ANSWER, answer);
        if (answer.outcome() != LookupAnswerDto.Outcome.FOUND) {
            chain.doFilter(request, response);
            return;
        }
        Shown shown = new Shown(code, "en".equals(request.getParameter("lang")), "1".equals(request.getParameter("kiosk")));
        Rendered kept = pages.get(shown);
        if (kept == null || kept.status() != answer.dossier()) {
            RenderedPage page = new RenderedPage(response);
            chain.doFilter(request, page);
            if (page.getStatus() != HttpServletResponse.SC_OK || page.isCommitted()) {
                page.sendCaptured();
                return;
            }
            kept = new Rendered(answer.dossier(), page.getContentType(), page.captured());
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(shown, kept);
        }
        response.setContentType(kept.contentType());
        response.setContentLength(kept.html().length);
        response.getOutputStream().write(kept.html());
    }

    // the page reads an empty field as none (INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL)
    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

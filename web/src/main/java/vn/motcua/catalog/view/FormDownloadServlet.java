package vn.motcua.catalog.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.catalog.boundary.FormTemplates;
import vn.motcua.document.boundary.StoredFileDto;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * /forms?code=04a/ĐK: the current file of a form, for anyone (citizens print them at home). Served as
 * an attachment with its checked media type, never sniffed by the browser.
 */
@WebServlet("/forms")
public class FormDownloadServlet extends HttpServlet {

    @Inject
    private FormTemplates forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        Optional<StoredFileDto> file = code == null || code.length() > 40 ? Optional.empty() : forms.current(code);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFileDto stored = file.get();
        response.setContentType(stored.mediaType());
        response.setContentLengthLong(stored.sizeBytes());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(stored.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = forms.open(stored)) {
            in.transferTo(response.getOutputStream());
        }
    }
}

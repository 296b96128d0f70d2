package vn.motcua.dossier.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.document.boundary.DocumentStore;
import vn.motcua.document.boundary.StoredFileDto;
import vn.motcua.dossier.boundary.DossierRecords;
import vn.motcua.shared.boundary.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Papers of a dossier for the officers who may see it: /dossiers/file?code=…&id=… (a stored paper),
 * /dossiers/control-sheet?code=… (form 05) and /dossiers/logbook?desk=…&from=…&to=…[&format=xlsx]
 * (form 06). A dossier out of the officer's reach answers 404, like one that does not exist.
 */
@WebServlet({"/dossiers/file", "/dossiers/control-sheet", "/dossiers/logbook"})
public class DossierFileServlet extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private DossierRecords records;

    @Inject
    private DocumentStore documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        try {
            switch (request.getServletPath()) {
                case "/dossiers/control-sheet" -> send(response, "phieu-kiem-soat-" + code + ".pdf", "application/pdf",
                        records.controlSheet(code));
                case "/dossiers/logbook" -> logbook(request, response);
                default -> storedFile(response, code, request.getParameter("id"));
            }
        } catch (BusinessException | NumberFormatException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void storedFile(HttpServletResponse response, String code, String id) throws IOException {
        long fileId = Long.parseLong(id);
        if (!records.holdsFile(code, fileId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFileDto stored = documents.describe(fileId);
        try (InputStream in = documents.open(fileId)) {
            headers(response, stored.fileName(), stored.mediaType(), stored.sizeBytes());
            in.transferTo(response.getOutputStream());
        }
    }

    private void logbook(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean excel = "xlsx".equals(request.getParameter("format"));
        LocalDate from = LocalDate.parse(request.getParameter("from"));
        LocalDate to = LocalDate.parse(request.getParameter("to"));
        byte[] content = records.logbook(request.getParameter("desk"), from, to, excel);
        send(response, "so-theo-doi-" + from + "-" + to + (excel ? ".xlsx" : ".pdf"),
                excel ? XLSX : "application/pdf", content);
    }

    private static void send(HttpServletResponse response, String name, String type, byte[] content) throws IOException {
        headers(response, name, type, content.length);
        response.getOutputStream().write(content);
    }

    private static void headers(HttpServletResponse response, String name, String type, long length) {
        response.setContentType(type);
        response.setContentLengthLong(length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}

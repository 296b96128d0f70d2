package vn.motcua.statistics.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.statistics.batch.ProvincialStatistics;
import vn.motcua.statistics.batch.PublishedReportDto;
import vn.motcua.statistics.batch.ReportFiles;
import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.boundary.Statistics;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * /statistics/ii06a?agency=…&from=…&to=…[&format=xlsx] (report II.06a as PDF or Excel, for leaders and
 * the province within their scope) and /statistics/files/&lt;province&gt;/&lt;period&gt;/&lt;name&gt; (a
 * file the provincial job published, for the province office of that province). Anything out of reach
 * answers 404, like what does not exist.
 */
@WebServlet({"/statistics/ii06a", "/statistics/files/*"})
public class StatisticsFileServlet extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private Statistics statistics;

    @Inject
    private ProvincialStatistics provincial;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if ("/statistics/ii06a".equals(request.getServletPath())) {
                report(request, response);
            } else {
                published(request.getPathInfo(), response);
            }
        } catch (BusinessException | NumberFormatException | DateTimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void report(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long agency = Long.parseLong(request.getParameter("agency"));
        ReportPeriod period = ReportPeriod.custom(LocalDate.parse(request.getParameter("from")),
                LocalDate.parse(request.getParameter("to")));
        boolean excel = "xlsx".equals(request.getParameter("format"));
        byte[] content = excel ? statistics.ii06aWorkbook(agency, period) : statistics.ii06aPdf(agency, period);
        headers(response, "bieu-II.06a-" + period.first() + "-" + period.last() + (excel ? ".xlsx" : ".pdf"),
                excel ? XLSX : "application/pdf", content.length);
        response.getOutputStream().write(content);
    }

    /** /&lt;province code&gt;/&lt;period key&gt;/&lt;name&gt;, only for a period the caller may list. */
    private void published(String pathInfo, HttpServletResponse response) throws IOException {
        String[] parts = pathInfo == null ? new String[0] : pathInfo.split("/");
        if (parts.length != 4) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String province = parts[1];
        String periodKey = parts[2];
        boolean listed = provincial.provinces().stream().filter(p -> p.code().equals(province))
                .flatMap(p -> provincial.published(p.id()).stream())
                .map(PublishedReportDto::periodKey).anyMatch(periodKey::equals);
        Optional<Path> file = listed ? ReportFiles.file(province, periodKey, parts[3]) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = parts[3];
        headers(response, province + "-" + periodKey + "-" + name, name.endsWith(".xlsx") ? XLSX
                : name.endsWith(".csv") ? "text/csv; charset=UTF-8" : name.endsWith(".json")
                ? "application/json" : "text/plain; charset=UTF-8", Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
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

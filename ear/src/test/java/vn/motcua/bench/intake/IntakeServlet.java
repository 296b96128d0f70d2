package vn.motcua.bench.intake;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import vn.motcua.bench.crowd.Crowd;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Inside the server: receives n dossiers through the real DossierReception boundary (code from the
 * desk counter, appointment, PIN, journal, checklist, audit and routing messages) on several threads,
 * then writes the same rows n times with plain JDBC, and answers both rates as text.
 */
@WebServlet("/intake")
public class IntakeServlet extends HttpServlet {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DESK = "000.01.19.H21";

    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int n = Integer.parseInt(request.getParameter("n"));
        int threads = Integer.parseInt(request.getParameter("threads"));
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            DossierReception reception = (DossierReception) new InitialContext()
                    .lookup("java:global/motcua/motcua-ejb/DossierReception");
            CatalogQuery catalog = (CatalogQuery) new InitialContext().lookup("java:global/motcua/motcua-ejb/CatalogQuery");
            SecurityIdentity desk = SecurityDomain.getCurrent().authenticate("tiepnhan",
                    new PasswordGuessEvidence("MotCua@2026".toCharArray()));
            long procedure = desk.runAs((Callable<Long>) () -> catalog.procedureByCode("1.012781.H21", LocalDate.now(VIETNAM)).orElseThrow().id());
            Crowd.Work boundary = i -> desk.runAs((Callable<Object>) () -> reception.receive(request(procedure, i)));
            // both sides are measured once the JIT has compiled their path (Crowd.warmUp), and the compilers'
            // time during each measurement is shown beside it
            int most = Integer.parseInt(request.getParameter("warmup"));
            int warmed = Crowd.warmUp(most, 500, threads, 900_000, boundary);
            long tasksBefore = count("SELECT COUNT(*) FROM dossier_task");
            long compiling = Crowd.compilingMillis();
            long start = System.nanoTime();
            double boundaryRate = Crowd.rate(n, threads, boundary);
            long boundaryCompiling = Crowd.compilingMillis() - compiling;
            long routedAt = awaitTasks(tasksBefore + n);
            double routedRate = n / ((routedAt - start) / 1e9);
            RawIntake raw = new RawIntake(dataSource, procedure, DESK);
            int rawWarmed = Crowd.warmUp(most, 500, threads, 900_000, raw::insert);
            compiling = Crowd.compilingMillis();
            double rawRate = Crowd.rate(n, threads, raw::insert);
            long rawCompiling = Crowd.compilingMillis() - compiling;
            out.printf("boundary %.1f dossiers/s acknowledged, %.1f dossiers/s with every task routed"
                    + " (after %d to warm up; JIT compiling %d ms meanwhile)%n", boundaryRate, routedRate, warmed, boundaryCompiling);
            out.printf("raw-jdbc %.1f dossiers/s (after %d to warm up; JIT compiling %d ms meanwhile)%n", rawRate, rawWarmed, rawCompiling);
        } catch (Exception e) {
            out.println("failed: " + e);
            e.printStackTrace(out);
        }
    }

    private static ReceptionRequestDto request(long procedure, int i) {
        return new ReceptionRequestDto(procedure, DESK, Channel.IN_PERSON, Applicant.Kind.PERSON, "Nguyễn Văn Thử " + i,
                Applicant.IdKind.CITIZEN_ID, String.format("1%011d", i), "0905123456", null, "Thị trấn Chư Sê",
                List.of(new SubmittedDocumentDto("Đơn đăng ký biến động đất đai", DocumentForm.ORIGINAL, 1),
                        new SubmittedDocumentDto("Giấy chứng nhận quyền sử dụng đất", DocumentForm.ORIGINAL, 1)),
                1, null);
    }

    private long awaitTasks(long expected) throws Exception {
        for (int i = 0; i < 6000; i++) {
            if (count("SELECT COUNT(*) FROM dossier_task") >= expected) {
                return System.nanoTime();
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("routing did not finish");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

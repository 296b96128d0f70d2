package vn.motcua.bench.exchange;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.DossierRecords;
import vn.motcua.dossier.boundary.DossierViewDto;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.StepActions;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.bench.crowd.Crowd;
import vn.motcua.exchange.boundary.DepartmentConnections;
import vn.motcua.exchange.client.DepartmentClient;
import vn.motcua.exchange.client.ForwardedDossier;
import vn.motcua.exchange.client.StatusUpdates;
import vn.motcua.shared.boundary.BusinessException;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inside the server, the department's side played by the reference client over the remote connector.
 * phase=roundtrip: n dossiers handed to the land office at once, the department answering ACCEPTED to
 * each; the time from the first hand-off until every answer is applied. phase=offline: m dossiers
 * handed over with the department away; their forwards must wait on the queue. phase=drain (after the
 * server was killed and restarted): the department reads what waited and answers it.
 */
@WebServlet("/exchange")
public class ExchangeBenchServlet extends HttpServlet {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DESK = "000.01.19.H21";
    private static final String LAND = "000.03.19.H21";

    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    /** A dossier waiting at the desk: its code, the desk's task and the version the desk saw. */
    record Desk(String code, long task, long version) {
    }


    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        int n = Integer.parseInt(request.getParameter("n"));
        int threads = Integer.parseInt(request.getParameter("threads"));
        try {
            switch (request.getParameter("phase")) {
                case "roundtrip" -> roundTrip(n, threads, out);
                case "offline" -> offline(n, threads, out);
                default -> drain(n, out);
            }
        } catch (Exception e) {
            out.println("failed: " + e);
            e.printStackTrace(out);
        }
    }

    private void roundTrip(int n, int threads, PrintWriter out) throws Exception {
        as("quantri", () -> { bean(DepartmentConnections.class).connect(LAND); return null; });
        String applied = "SELECT COUNT(*) FROM exchange_record WHERE direction = 'IN' AND outcome = 'APPLIED'";
        String sent = "SELECT COUNT(*) FROM exchange_record WHERE direction = 'OUT'";
        // live: the department answers while the desk hands dossiers over
        List<Desk> desk = received(n, threads);
        long appliedBefore = count(applied);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService department = Executors.newSingleThreadExecutor();
        Future<?> client = department.submit(() -> answerUntil(stop, answered));
        long start = System.nanoTime();
        double handOffs = handOver(desk, threads);
        long end = awaitCount(applied, appliedBefore + n);
        stop.set(true);
        client.get();
        double seconds = (end - start) / 1e9;
        out.printf("live: hand-offs %.1f/s; forward → department → ACCEPTED applied: %d round trips in %.1f s ="
                + " %.1f round trips/s (%.1f messages/s)%n", handOffs, n, seconds, n / seconds, 2 * n / seconds);
        // backlog: forwards already queued, the department comes back and works through them
        desk = received(n, threads);
        long sentBefore = count(sent);
        handOver(desk, threads);
        awaitCount(sent, sentBefore + n);
        appliedBefore = count(applied);
        stop.set(false);
        start = System.nanoTime();
        client = department.submit(() -> answerUntil(stop, answered));
        end = awaitCount(applied, appliedBefore + n);
        stop.set(true);
        client.get();
        department.shutdown();
        seconds = (end - start) / 1e9;
        out.printf("backlog: %d queued forwards read, answered and applied in %.1f s = %.1f round trips/s"
                + " (%.1f messages/s)%n", n, seconds, n / seconds, 2 * n / seconds);
        out.printf("in all: department answered %d forwards, MotCua applied %d updates%n", answered.get(),
                count("SELECT COUNT(*) FROM exchange_record WHERE direction = 'IN' AND outcome = 'APPLIED'"));
    }

    private Void answerUntil(AtomicBoolean stop, AtomicInteger answered) throws Exception {
        try (DepartmentClient land = departmentClient()) {
            while (!stop.get()) {
                land.answerNext(Duration.ofMillis(500), f -> {
                    answered.incrementAndGet();
                    return List.of(StatusUpdates.accepted(f, land.nextSequence(f.dossierCode())));
                });
            }
        }
        return null;
    }

    /**
     * The desk hands each dossier on; a dossier whose version moved since it was received (the warning
     * timer marks same-day dossiers as due soon) is read again and handed on, as an officer would reload.
     */
    private double handOver(List<Desk> desk, int threads) throws Exception {
        return Crowd.rate(desk.size(), threads, i -> as("tiepnhan", () -> {
            try {
                bean(StepActions.class).forward(desk.get(i).task(), desk.get(i).version(), "Chuyển xử lý");
            } catch (BusinessException changed) {
                bean(StepActions.class).forward(desk.get(i).task(),
                        bean(DossierRecords.class).view(desk.get(i).code()).version(), "Chuyển xử lý");
            }
            return null;
        }));
    }

    private void offline(int m, int threads, PrintWriter out) throws Exception {
        as("quantri", () -> { bean(DepartmentConnections.class).connect(LAND); return null; });
        List<Desk> desk = received(m, threads);
        long sentBefore = count("SELECT COUNT(*) FROM exchange_record WHERE direction = 'OUT'");
        handOver(desk, threads);
        awaitCount("SELECT COUNT(*) FROM exchange_record WHERE direction = 'OUT'", sentBefore + m);
        out.printf("in=%d forwards committed with the department offline%n", m);
    }

    private void drain(int expected, PrintWriter out) throws Exception {
        long appliedBefore = count("SELECT COUNT(*) FROM exchange_record WHERE direction = 'IN' AND outcome = 'APPLIED'");
        Set<String> messageIds = Collections.synchronizedSet(new HashSet<>());
        int received = 0;
        long start = System.nanoTime();
        try (DepartmentClient land = departmentClient()) {
            Optional<ForwardedDossier> next;
            do {
                next = land.answerNext(Duration.ofSeconds(received == 0 ? 180 : received < expected ? 30 : 3), f -> {
                    messageIds.add(f.messageId());
                    return List.of(StatusUpdates.accepted(f, land.nextSequence(f.dossierCode())));
                });
                if (next.isPresent()) {
                    received++;
                }
            } while (next.isPresent());
        }
        awaitCount("SELECT COUNT(*) FROM exchange_record WHERE direction = 'IN' AND outcome = 'APPLIED'",
                appliedBefore + received, 1200);
        long applied = count("SELECT COUNT(*) FROM exchange_record WHERE direction = 'IN' AND outcome = 'APPLIED'")
                - appliedBefore;
        out.printf("out=%d forwards read after the restart (%d distinct), %d answers applied, in %.1f s%n", received,
                messageIds.size(), applied, (System.nanoTime() - start) / 1e9);
    }

    /** n dossiers received at the desk (untimed), ready to hand on. */
    private List<Desk> received(int n, int threads) throws Exception {
        long procedure = as("tiepnhan", () -> bean(CatalogQuery.class).procedureByCode("1.000948.H21",
                LocalDate.now(VIETNAM)).orElseThrow().id());
        List<Desk> desk = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(n, (Desk) null)));
        Crowd.rate(n, threads, i -> as("tiepnhan", () -> {
            String code = bean(DossierReception.class).receive(request(procedure, i)).dossierCode();
            DossierViewDto view = bean(DossierRecords.class).view(code);
            desk.set(i, new Desk(code, view.actionable().get(0).taskId(), view.version()));
            return null;
        }));
        return desk;
    }

    private static DepartmentClient departmentClient() throws Exception {
        ConnectionFactory remote = (ConnectionFactory) new InitialContext().lookup("java:jboss/exported/jms/RemoteConnectionFactory");
        return new DepartmentClient(remote, "dept-" + LAND, "MotCua@2026", LAND);
    }

    private static ReceptionRequestDto request(long procedure, int i) {
        return new ReceptionRequestDto(procedure, DESK, Channel.IN_PERSON, Applicant.Kind.PERSON, "Nguyễn Văn Liên " + i,
                Applicant.IdKind.CITIZEN_ID, String.format("2%011d", (System.nanoTime() / 1000 + i) % 100_000_000_000L),
                "0905123456", null, "Thị trấn Chư Sê",
                List.of(new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp", DocumentForm.ORIGINAL, 1)), 1, null);
    }

    private static <T> T as(String officer, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().authenticate(officer,
                new PasswordGuessEvidence("MotCua@2026".toCharArray()));
        return identity.runAs(work);
    }

    private static <T> T bean(Class<T> type) throws Exception {
        return type.cast(new InitialContext().lookup("java:global/motcua/motcua-ejb/" + type.getSimpleName()));
    }

    private long awaitCount(String sql, long expected) throws Exception {
        if (awaitCount(sql, expected, 12_000) < 0) {
            throw new IllegalStateException("never reached " + expected + ": " + sql + " = " + count(sql));
        }
        return System.nanoTime();
    }

    /** The time the count reached the expected value, or -1 after the given number of 50 ms waits. */
    private long awaitCount(String sql, long expected, int polls) throws Exception {
        for (int i = 0; i < polls; i++) {
            if (count(sql) >= expected) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        return -1;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package vn.motcua.bench.queue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import vn.motcua.bench.crowd.Crowd;
import vn.motcua.queue.boundary.CounterConsole;
import vn.motcua.queue.boundary.CounterTicketDto;
import vn.motcua.queue.boundary.KioskRequestDto;
import vn.motcua.queue.boundary.TicketDispenser;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;

/**
 * Inside the server. action=issue: n tickets through the real TicketDispenser (signed kiosk token,
 * number row, ticket, print command) from {@code clients} concurrent kiosks over {@code groups}
 * groups, after at most {@code warmup} tickets not counted (until the JIT is done with their path), then the database is checked for duplicates and
 * gaps. action=calls: n calls to counter 1
 * by the demo reception officer, one every {@code gapMillis}, for the boards connected outside.
 */
@WebServlet("/queue")
public class QueueBenchServlet extends HttpServlet {

    private static final String DESK = "000.01.19.H21";
    private static final String[] PREFIXES = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};

    @Resource(lookup = "java:jboss/datasources/MotCuaDS")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "motcua")
    private EntityManagerFactory persistence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        int n = Integer.parseInt(request.getParameter("n"));
        try {
            sql("UPDATE queue_service_group SET opens_at = TIME '00:00:00', closes_at = TIME '23:59:59', daily_cap = 999");
            TicketDispenser dispenser = (TicketDispenser) new InitialContext().lookup("java:global/motcua/motcua-ejb/TicketDispenser");
            // a group gives at most 999 numbers a day (A001-A999): the bench adds groups E-J to host more
            sql("INSERT INTO queue_service_group (id, desk_id, prefix, name, opens_at, closes_at, daily_cap, returns_results,"
                    + " counter_numbers, active, version) SELECT 900000 + ASCII(p.x), a.id, p.x, 'Bench ' || p.x, TIME '00:00:00',"
                    + " TIME '23:59:59', 999, FALSE, '1', TRUE, 0 FROM agency a, (SELECT 'E' AS x UNION ALL SELECT 'F' UNION ALL"
                    + " SELECT 'G' UNION ALL SELECT 'H' UNION ALL SELECT 'I' UNION ALL SELECT 'J') p WHERE a.code = '" + DESK + "'"
                    + " AND NOT EXISTS (SELECT 1 FROM queue_service_group g WHERE g.desk_id = a.id AND g.prefix = p.x)");
            sql("DELETE FROM queue_ticket");
            sql("DELETE FROM queue_number");
            // the groups were changed behind JPA's back: drop the shared cache's copies
            persistence.getCache().evictAll();
            if ("issue".equals(request.getParameter("action"))) {
                int clients = Integer.parseInt(request.getParameter("clients"));
                int groups = Integer.parseInt(request.getParameter("groups"));
                // the JIT compiler must be done before the measured part, or it takes most of the CPU measured
                // (a group gives at most 999 numbers a day: the warm-up runs in rounds, the day cleared after each)
                // until a round in which the compilers worked under 5 % of its time, at most warmup tickets
                int most = Integer.parseInt(request.getParameter("warmup"));
                int warmed = 0;
                while (warmed < most) {
                    int round = Math.min(most - warmed, 900 * groups);
                    long compiling = Crowd.compilingMillis();
                    long start = System.nanoTime();
                    Crowd.rate(round, clients, i -> issue(dispenser, PREFIXES[i % groups], "W" + (i % clients)));
                    sql("DELETE FROM queue_ticket");
                    sql("DELETE FROM queue_number");
                    warmed += round;
                    if (Crowd.compilingMillis() - compiling < (System.nanoTime() - start) / 1_000_000 / 20) {
                        break;
                    }
                }
                out.printf("after %d tickets to warm up%n", warmed);
                // the server's CPU time per ticket says what the rate would be on free cores, however loaded the machine
                long cpuBefore = processCpuNanos();
                long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                LongAdder kioskNanos = new LongAdder();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                double rate = Crowd.rate(n, clients, i -> {
                    long before = threads.getCurrentThreadCpuTime();
                    issue(dispenser, PREFIXES[i % groups], "K" + (i % clients));
                    kioskNanos.add(threads.getCurrentThreadCpuTime() - before);
                });
                double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6 / n;
                out.printf("issued %d tickets/s, server CPU %.2f ms per ticket (%d tickets/s on %d free cores)%n",
                        Math.round(rate), cpuMillis, Math.round(1000 * Runtime.getRuntime().availableProcessors() / cpuMillis),
                        Runtime.getRuntime().availableProcessors());
                // what of it was the issuing itself, and what the JIT compiler (elapsed, so an upper bound) took meanwhile
                out.printf("  of which in the kiosks' threads %.2f ms, JIT compiling %.2f ms per ticket%n",
                        kioskNanos.sum() / 1e6 / n,
                        (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore) / (double) n);
                out.printf("tickets %d duplicates %d gaps %d%n", count("SELECT COUNT(*) FROM queue_ticket"),
                        count("SELECT COUNT(*) FROM (SELECT group_id, ticket_day, number FROM queue_ticket"
                                + " GROUP BY group_id, ticket_day, number HAVING COUNT(*) > 1) d"),
                        count("SELECT COALESCE(SUM(top - cnt), 0) FROM (SELECT MAX(number) AS top, COUNT(DISTINCT number) AS cnt"
                                + " FROM queue_ticket GROUP BY group_id, ticket_day) g"));
            } else {
                int gap = Integer.parseInt(request.getParameter("gapMillis"));
                SecurityIdentity officer = SecurityDomain.getCurrent().authenticate("tiepnhan",
                        new PasswordGuessEvidence("MotCua@2026".toCharArray()));
                CounterConsole console = (CounterConsole) new InitialContext().lookup("java:global/motcua/motcua-ejb/CounterConsole");
                sql("DELETE FROM queue_seat");
                long counter = count("SELECT c.id FROM desk_counter c JOIN agency a ON a.id = c.desk_id WHERE a.code = '"
                        + DESK + "' AND c.number = 1");
                officer.runAs((Callable<Object>) () -> { console.sit(counter); return null; });
                for (int i = 0; i < n; i++) {
                    issue(dispenser, "A", "CALLS");
                    CounterTicketDto called = officer.runAs((Callable<CounterTicketDto>) () -> console.callNext(counter));
                    out.println("called " + called.label());
                    officer.runAs((Callable<Object>) () -> { console.skip(counter); return null; });
                    Thread.sleep(gap);
                }
            }
        } catch (Exception e) {
            e.printStackTrace(out);
        }
    }

    private static long processCpuNanos() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new javax.management.ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
    }

    private static void issue(TicketDispenser dispenser, String prefix, String kiosk) {
        dispenser.issue(new KioskRequestDto(DESK, kiosk, dispenser.kioskToken(kiosk), prefix, null));
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private long count(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

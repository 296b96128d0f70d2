package vn.motcua.it;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.it.probe.QueueProbe;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.queue.boundary.CounterConsole;
import vn.motcua.queue.boundary.CounterTicketDto;
import vn.motcua.queue.boundary.IssuedTicketDto;
import vn.motcua.queue.boundary.KioskRequestDto;
import vn.motcua.queue.boundary.QueueException;
import vn.motcua.queue.boundary.ServiceGroupAdministration;
import vn.motcua.queue.boundary.ServiceGroupSettingsDto;
import vn.motcua.queue.boundary.TicketDispenser;
import vn.motcua.queue.entity.Ticket;
import vn.motcua.queue.entity.TicketStatus;
import vn.motcua.shared.boundary.BusinessException;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispenser and the counter console through the real boundaries, as a kiosk and officers use them. */
@ExtendWith(ArquillianExtension.class)
class QueueIT {

    static final String DESK = QueueProbe.DESK;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(QueueIT.class, Deployments.class);
    }

    static <T> T bean(Class<T> type) throws Exception {
        return type.cast(new InitialContext().lookup("java:global/motcua/motcua-ejb/" + type.getSimpleName()));
    }

    static QueueProbe probe() throws Exception {
        return (QueueProbe) new InitialContext().lookup("java:global/motcua/motcua-it/QueueProbe");
    }

    static IssuedTicketDto issue(String kiosk, String prefix, String priority) throws Exception {
        TicketDispenser dispenser = bean(TicketDispenser.class);
        return dispenser.issue(new KioskRequestDto(DESK, kiosk, dispenser.kioskToken(kiosk), prefix, priority));
    }

    @BeforeEach
    void openTheDesk() throws Exception {
        probe().openAllDay();
        probe().clearSeats();
        probe().clearWaiting();
        probe().receptionOfficer("tiepnhan2");
    }

    @Test
    void aKioskGetsConsecutiveNumbersAndAReplayGetsTheSameTicket() throws Exception {
        TicketDispenser dispenser = bean(TicketDispenser.class);
        String token = dispenser.kioskToken("K1");
        IssuedTicketDto first = dispenser.issue(new KioskRequestDto(DESK, "K1", token, "B", null));
        IssuedTicketDto replayed = dispenser.issue(new KioskRequestDto(DESK, "K1", token, "B", null));
        assertEquals(first.id(), replayed.id(), "a replayed request returns its ticket, no new number");
        IssuedTicketDto second = issue("K1", "B", "ELDERLY");
        assertTrue(first.label().matches("B\\d{3}"), first.label());
        assertEquals(Integer.parseInt(first.label().substring(1)) + 1, Integer.parseInt(second.label().substring(1)));
        assertEquals("Tư pháp – hộ tịch, chứng thực", first.groupName());
        assertEquals(1, second.peopleAhead(), "the first is ahead of it");
        assertTrue(second.estimatedMinutes() >= 1);
        Ticket stored = probe().ticket(second.id());
        assertEquals(second.label(), stored.getLabel());
        assertEquals(TicketStatus.ISSUED, stored.getStatus());
        assertEquals("ELDERLY", stored.getPriorityCode());
        assertEquals(second.issuedAt(), stored.getIssuedAt(), "the kiosk shows the time stored");
        assertTrue(Duration.between(stored.getIssuedAt(), Instant.now()).abs().toMinutes() < 5,
                "stored in the server's zone like every other instant: " + stored.getIssuedAt());
    }

    @Test
    void badKioskRequestsAreRefusedInVietnameseAndStoreNothing() throws Exception {
        TicketDispenser dispenser = bean(TicketDispenser.class);
        assertEquals("queue.kiosk.forged", assertThrows(QueueException.Forged.class, () -> dispenser.issue(
                new KioskRequestDto(DESK, "K1", "0123456789abcdef01234567.1.forged", "A", null))).getMessageKey());
        String otherKiosk = dispenser.kioskToken("K2");
        assertThrows(QueueException.Forged.class, () -> dispenser.issue(new KioskRequestDto(DESK, "K1", otherKiosk, "A", null)));
        assertThrows(QueueException.UnknownGroup.class, () -> issue("K1", "Z", null));
        assertThrows(QueueException.UnknownGroup.class, () -> issue("K1", "<script>", null));
        assertEquals("queue.priority.unknown", assertThrows(BusinessException.class, () -> issue("K1", "A", "VIP")).getMessageKey());
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        if (now.isBefore(LocalTime.of(23, 0))) {
            probe().schedule("C", now.plusMinutes(30), LocalTime.of(23, 59, 59), 999);
            assertEquals("queue.group.closed", assertThrows(QueueException.Closed.class, () -> issue("K1", "C", null)).getMessageKey());
        }
        probe().openAllDay();
        IssuedTicketDto last = issue("K1", "C", null);
        int number = Integer.parseInt(last.label().substring(1));
        probe().schedule("C", LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), number);
        assertThrows(QueueException.Full.class, () -> issue("K1", "C", null));
        probe().schedule("C", LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), number + 1);
        assertEquals(number + 1, Integer.parseInt(issue("K1", "C", null).label().substring(1)),
                "the refused number past the cap was given back: no gap");
    }

    @Test
    void anOfficerCallsOnlyFromTheCounterTheySitAt() throws Exception {
        long one = probe().counterId(1);
        long two = probe().counterId(2);
        issue("K1", "A", null);
        SignedIn.as("tiepnhan", () -> { bean(CounterConsole.class).sit(one); return null; });
        assertEquals("queue.counter.notSeated", assertThrows(QueueException.NotSeated.class,
                () -> SignedIn.as("tiepnhan", () -> bean(CounterConsole.class).callNext(two))).getMessageKey());
        assertEquals("queue.counter.taken", assertThrows(QueueException.class,
                () -> SignedIn.as("tiepnhan2", () -> { bean(CounterConsole.class).sit(one); return null; })).getMessageKey());
        assertThrows(QueueException.NotSeated.class, () -> SignedIn.as("tiepnhan2", () -> bean(CounterConsole.class).callNext(one)));
        assertThrows(EJBAccessException.class, () -> SignedIn.as("tuphap", () -> bean(CounterConsole.class).callNext(one)),
                "a specialist has no console");
        assertNotNull(SignedIn.as("tiepnhan", () -> bean(CounterConsole.class).callNext(one)));
        IssuedTicketDto atDesk = SignedIn.as("tiepnhan", () -> bean(TicketDispenser.class).issueAtDesk(DESK, "B", "DISABLED"));
        assertEquals("DISABLED", probe().ticket(atDesk.id()).getPriorityCode(), "staff choose the priority category");
        assertThrows(EJBAccessException.class, () -> SignedIn.as("tuphap", () -> bean(TicketDispenser.class).issueAtDesk(DESK, "B", null)));
    }

    @Test
    void aCalledTicketIsRecalledWithinLimitsServedTransferredAndLinkedToTheDossierReceived() throws Exception {
        long one = probe().counterId(1);
        long five = probe().counterId(5);
        IssuedTicketDto ticket = issue("K1", "A", null);
        SignedIn.as("tiepnhan", () -> { bean(CounterConsole.class).sit(one); return null; });
        CounterTicketDto called = SignedIn.as("tiepnhan", () -> bean(CounterConsole.class).callNext(one));
        assertEquals(ticket.label(), called.label());
        assertEquals("queue.recall.tooSoon", assertThrows(QueueException.class,
                () -> SignedIn.as("tiepnhan", () -> bean(CounterConsole.class).recall(one))).getMessageKey());
        assertEquals("queue.counter.busy", assertThrows(QueueException.class,
                () -> SignedIn.as("tiepnhan", () -> bean(CounterConsole.class).callNext(one))).getMessageKey());
        SignedIn.as("tiepnhan", () -> bean(CounterConsole.class).start(one));
        String code = SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(reception())).dossierCode();
        assertEquals(code, probe().ticket(ticket.id()).getDossierCode(), "the ticket served names the dossier received");
        SignedIn.as("tiepnhan", () -> { bean(CounterConsole.class).transfer(one, "D", null); return null; });
        assertEquals(TicketStatus.ISSUED, probe().ticket(ticket.id()).getStatus());
        assertEquals("D", probe().ticket(ticket.id()).getGroup().getPrefix());
        SignedIn.as("tiepnhan2", () -> { bean(CounterConsole.class).sit(five); return null; });
        CounterTicketDto atFive = SignedIn.as("tiepnhan2", () -> bean(CounterConsole.class).callNext(five));
        assertEquals(ticket.label(), atFive.label(), "it keeps its number in the return group");
        SignedIn.as("tiepnhan2", () -> bean(CounterConsole.class).start(five));
        SignedIn.as("tiepnhan2", () -> { bean(CounterConsole.class).finish(five); return null; });
        assertEquals(TicketStatus.DONE, probe().ticket(ticket.id()).getStatus());
        assertNull(SignedIn.as("tiepnhan2", () -> bean(CounterConsole.class).callNext(five)), "nobody else waits");
    }

    /** Two officers press "next" at the same instant, round after round: no ticket is ever called twice. */
    @Test
    void twoCountersPressingNextAtOnceNeverGetTheSameTicket() throws Exception {
        long one = probe().counterId(1);
        long two = probe().counterId(2);
        int tickets = 60;
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < tickets; i++) {
            issued.add(issue("K1", "A", i % 4 == 0 ? "PREGNANT" : null).label());
        }
        SignedIn.as("tiepnhan", () -> { bean(CounterConsole.class).sit(one); return null; });
        SignedIn.as("tiepnhan2", () -> { bean(CounterConsole.class).sit(two); return null; });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> called = new ArrayList<>();
        try {
            for (int round = 0; round < tickets / 2 + 2; round++) {
                CountDownLatch together = new CountDownLatch(2);
                Future<String> a = pool.submit(next("tiepnhan", one, together));
                Future<String> b = pool.submit(next("tiepnhan2", two, together));
                for (Future<String> f : List.of(a, b)) {
                    String label = f.get();
                    if (label != null) {
                        called.add(label);
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(called.size(), new HashSet<>(called).size(), "a ticket called twice: " + called);
        assertEquals(issued, new HashSet<>(called), "every ticket called once");
    }

    @Test
    void kiosksPressingAtOnceShareTransactionsYetGetConsecutiveNumbersInOrderAndAReplayItsOwnTicket() throws Exception {
        TicketDispenser dispenser = bean(TicketDispenser.class);
        int kiosks = 32;
        String replayedToken = dispenser.kioskToken("K7");
        int before = Integer.parseInt(issue("K1", "C", null).label().substring(1));
        ExecutorService pool = Executors.newFixedThreadPool(kiosks + 1);
        List<IssuedTicketDto> tickets = new ArrayList<>();
        try {
            CountDownLatch together = new CountDownLatch(kiosks + 1);
            List<Future<IssuedTicketDto>> pressed = new ArrayList<>();
            for (int i = 0; i <= kiosks; i++) {
                // K7 sends its request twice at the same instant: the second must get the first's ticket
                String kiosk = i == kiosks ? "K7" : "K" + i;
                String token = kiosk.equals("K7") ? replayedToken : dispenser.kioskToken(kiosk);
                pressed.add(pool.submit(() -> {
                    together.countDown();
                    together.await();
                    return dispenser.issue(new KioskRequestDto(DESK, kiosk, token, "C", null));
                }));
            }
            for (Future<IssuedTicketDto> ticket : pressed) {
                tickets.add(ticket.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(tickets.get(7).id(), tickets.get(kiosks).id(), "the replay got the same ticket");
        List<IssuedTicketDto> distinct = tickets.subList(0, kiosks);
        List<Integer> numbers = distinct.stream().map(t -> Integer.parseInt(t.label().substring(1))).sorted().toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(before + 1, before + kiosks).boxed().toList(), numbers,
                "consecutive, none twice, none skipped (the replay gave its number back)");
        for (IssuedTicketDto ticket : distinct) {
            int number = Integer.parseInt(ticket.label().substring(1));
            assertEquals(number - before, ticket.peopleAhead(), "everyone issued before is ahead: " + ticket.label());
            for (IssuedTicketDto other : distinct) {
                if (Integer.parseInt(other.label().substring(1)) > number) {
                    assertTrue(other.issuedAt().isAfter(ticket.issuedAt()), "issued in the order of their numbers");
                }
            }
        }
        assertEquals(kiosks + 1, probe().waitingCount("C"), "every ticket stored");
    }

    @Test
    void anAdministratorAddsAndSchedulesAGroupAndTheKioskFollowsFromTheNextNumber() throws Exception {
        ServiceGroupAdministration admin = bean(ServiceGroupAdministration.class);
        java.util.function.Function<String, ServiceGroupSettingsDto> settings = prefix -> new ServiceGroupSettingsDto(null, 0,
                prefix, "Đăng ký kinh doanh buổi chiều", List.of("HO_KINH_DOANH"), LocalTime.MIDNIGHT, LocalTime.of(23, 59),
                500, List.of(4), false, true);
        ServiceGroupSettingsDto added = SignedIn.as("quantri", () -> admin.groups(DESK)).stream()
                .filter(g -> g.prefix().equals("X")).findFirst()
                .orElseGet(() -> uncheck(() -> SignedIn.as("quantri", () -> admin.add(DESK, settings.apply("X")))));
        ServiceGroupSettingsDto open = SignedIn.as("quantri", () -> admin.change(added.id(), new ServiceGroupSettingsDto(
                null, added.version(), "X", added.name(), added.fieldCodes(), LocalTime.MIDNIGHT, LocalTime.of(23, 59), 400,
                List.of(4), false, true)));
        assertEquals(400, open.dailyCap());
        assertTrue(issue("K1", "X", null).label().startsWith("X"), "the kiosk issues for the new group");

        Map<String, ServiceGroupSettingsDto> bad = new java.util.LinkedHashMap<>();
        bad.put("queueGroup.prefixInvalid", settings.apply("Ă"));
        bad.put("queueGroup.prefixTaken", settings.apply("A"));
        ServiceGroupSettingsDto good = settings.apply("Y");
        bad.put("queueGroup.nameInvalid", withName(good, "<script>"));
        bad.put("queueGroup.hoursInvalid", new ServiceGroupSettingsDto(null, 0, "Y", good.name(), good.fieldCodes(),
                LocalTime.of(17, 0), LocalTime.of(7, 0), 500, List.of(), false, true));
        bad.put("queueGroup.capInvalid", new ServiceGroupSettingsDto(null, 0, "Y", good.name(), good.fieldCodes(),
                LocalTime.MIDNIGHT, LocalTime.NOON, 1000, List.of(), false, true));
        bad.put("queueGroup.counterUnknown", new ServiceGroupSettingsDto(null, 0, "Y", good.name(), good.fieldCodes(),
                LocalTime.MIDNIGHT, LocalTime.NOON, 10, List.of(99), false, true));
        bad.put("queueGroup.fieldsRequired", new ServiceGroupSettingsDto(null, 0, "Y", good.name(), List.of(),
                LocalTime.MIDNIGHT, LocalTime.NOON, 10, List.of(), false, true));
        for (Map.Entry<String, ServiceGroupSettingsDto> refused : bad.entrySet()) {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> SignedIn.as("quantri", () -> admin.add(DESK, refused.getValue())), refused.getKey());
            assertEquals(refused.getKey(), e.getMessageKey());
        }
        assertTrue(SignedIn.as("quantri", () -> admin.groups(DESK)).stream().noneMatch(g -> g.prefix().equals("Y")),
                "nothing stored for a refused group");
        assertEquals("record.concurrentEdit", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> admin.change(open.id(), added))).getMessageKey(), "a stale screen is refused");
        assertThrows(EJBAccessException.class, () -> SignedIn.as("tiepnhan", () -> admin.groups(DESK)),
                "only administrators");

        // taken off the kiosk: the very next request is refused, and the group stays for its tickets and statistics
        SignedIn.as("quantri", () -> admin.change(open.id(), new ServiceGroupSettingsDto(null, open.version(), "X",
                open.name(), open.fieldCodes(), LocalTime.MIDNIGHT, LocalTime.of(23, 59), 400, List.of(4), false, false)));
        assertThrows(QueueException.UnknownGroup.class, () -> issue("K1", "X", null));
    }

    private static ServiceGroupSettingsDto withName(ServiceGroupSettingsDto s, String name) {
        return new ServiceGroupSettingsDto(s.id(), s.version(), s.prefix(), name, s.fieldCodes(), s.opensAt(), s.closesAt(),
                s.dailyCap(), s.counterNumbers(), s.returnsResults(), s.active());
    }

    private static <T> T uncheck(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Callable<String> next(String officer, long counter, CountDownLatch together) {
        return () -> SignedIn.as(officer, () -> {
            CounterConsole console = bean(CounterConsole.class);
            together.countDown();
            together.await();
            CounterTicketDto ticket = console.callNext(counter);
            if (ticket == null) {
                return null;
            }
            console.skip(counter);
            return ticket.label();
        });
    }

    private static ReceptionRequestDto reception() throws Exception {
        long version = bean(CatalogQuery.class).procedureByCode("1.000948.H21", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))
                .orElseThrow().id();
        return new ReceptionRequestDto(version, DESK, Channel.IN_PERSON, Applicant.Kind.PERSON, "Nguyễn Thị Ánh Tuyết",
                Applicant.IdKind.CITIZEN_ID, "064190004321", "0905123456", null, "Xã Ia Blang, huyện Chư Sê, tỉnh Gia Lai",
                List.of(new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp", DocumentForm.ORIGINAL, 1)), 1,
                "Thế chấp tại Ngân hàng Nông nghiệp");
    }
}

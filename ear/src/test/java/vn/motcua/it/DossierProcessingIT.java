package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.DashboardDto;
import vn.motcua.dossier.boundary.DeadlineWarnings;
import vn.motcua.dossier.boundary.DirectionDashboard;
import vn.motcua.dossier.boundary.DossierCriteriaDto;
import vn.motcua.dossier.boundary.DossierSearch;
import vn.motcua.dossier.boundary.DeskActions;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.DossierRecords;
import vn.motcua.dossier.boundary.DossierViewDto;
import vn.motcua.dossier.boundary.FileUploadDto;
import vn.motcua.dossier.boundary.Inbox;
import vn.motcua.dossier.boundary.InboxRowDto;
import vn.motcua.dossier.boundary.IssuedFormDto;
import vn.motcua.dossier.boundary.ReceptionOutcomeDto;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.StepActions;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.it.probe.DossierProbe;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.shared.boundary.BusinessException;

import javax.naming.InitialContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A secured-transaction dossier through the district's workflow on the real server: desk → land
 * registration office (specialist, then leader) → desk, with routing over JMS, a supplement pause,
 * the result, the return; and the refusals, races and redeliveries that must change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DossierProcessingIT {

    private static final String DESK = "000.01.19.H21";
    private static final String LAND_OFFICE = "000.03.19.H21";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(DossierProcessingIT.class, Deployments.class, DossierProbe.class);
    }

    private static <T> T bean(Class<T> type) throws Exception {
        String module = type == DossierProbe.class ? "motcua-it" : "motcua-ejb";
        return type.cast(new InitialContext().lookup("java:global/motcua/" + module + "/" + type.getSimpleName()));
    }

    private static ReceptionOutcomeDto receive() throws Exception {
        long version = bean(CatalogQuery.class).procedureByCode("1.000948.H21", LocalDate.now(VIETNAM)).orElseThrow().id();
        String idNumber = "0641" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        ReceptionRequestDto request = new ReceptionRequestDto(version, DESK, Channel.IN_PERSON, Applicant.Kind.PERSON,
                "Phạm Thị Hồng Nhung", Applicant.IdKind.CITIZEN_ID, idNumber, "0912345678", "nhung@example.vn",
                "Thị trấn Chư Sê, tỉnh Gia Lai", List.of(new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp",
                DocumentForm.ORIGINAL, 1, new FileUploadDto("phieu-yeu-cau.pdf", samplePdf()))), 1, null);
        return SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(request));
    }

    private static byte[] samplePdf() {
        return vn.motcua.dossier.control.FormPdf.render(document -> vn.motcua.dossier.control.FormPdf.add(document,
                new com.lowagie.text.Paragraph("Giấy chứng nhận đăng ký biện pháp bảo đảm")));
    }

    private static DossierViewDto view(String officer, String code) throws Exception {
        return SignedIn.as(officer, () -> bean(DossierRecords.class).view(code));
    }

    /** The routing MDB works after the commit: wait for the dossier's tasks to reach the expected shape. */
    private static List<String> awaitTasks(String code, Predicate<List<String>> ready) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
        List<String> tasks = bean(DossierProbe.class).tasks(code);
        while (!ready.test(tasks) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            tasks = bean(DossierProbe.class).tasks(code);
        }
        assertTrue(ready.test(tasks), "tasks of " + code + ": " + tasks);
        return tasks;
    }

    private static long openTask(String officer, String code) throws Exception {
        return view(officer, code).actionable().get(0).taskId();
    }

    @Test
    void aDossierTravelsTheWorkflowPausesForASupplementAndIsReturnedOnTime() throws Exception {
        String code = receive().dossierCode();
        awaitTasks(code, t -> t.equals(List.of("1:" + DESK + ":open")));
        List<InboxRowDto> deskInbox = SignedIn.as("tiepnhan", () -> bean(Inbox.class).page(code, false, null, 0, 10,
                null, true)).rows();
        assertEquals(1, deskInbox.size(), "the desk's own inbox shows the new dossier");
        assertTrue(List.of("WITHIN_DEADLINE", "DUE_SOON", "OVERDUE").contains(deskInbox.get(0).dossierLevel()));

        DossierViewDto received = view("tiepnhan", code);
        assertEquals(1, received.documents().size(), "the ticked document and its scan are kept");
        assertTrue(received.documents().get(0).storedFileId() > 0);
        SignedIn.as("tiepnhan", () -> { bean(StepActions.class).forward(deskInbox.get(0).taskId(), received.version(),
                "Chuyển Văn phòng đăng ký đất đai"); return null; });
        awaitTasks(code, t -> t.equals(List.of("1:" + DESK + ":closed", "2:" + LAND_OFFICE + ":open")));

        bean(DossierProbe.class).resendLastRouting(code);
        Thread.sleep(1500);
        assertEquals(2, bean(DossierProbe.class).tasks(code).size(), "a redelivered hand-off creates no second task");

        long step2 = openTask("chuyenvien", code);
        IssuedFormDto form02 = SignedIn.as("chuyenvien", () -> bean(StepActions.class).requestSupplement(step2,
                view("chuyenvien", code).version(), List.of("Bản sao hợp đồng thế chấp có công chứng"),
                "Thiếu hợp đồng thế chấp", "Chị Lan, 0269 3851 234"));
        assertTrue(form02.number().endsWith("/PBS"), form02.number());
        assertTrue(new String(form02.pdf(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        DossierViewDto paused = view("tiepnhan", code);
        assertEquals("AWAITING_SUPPLEMENT", paused.status());
        assertNotNull(paused.pausedAt());
        assertTrue(paused.desk().supplementReceived());

        SignedIn.as("tiepnhan", () -> { bean(DeskActions.class).supplementReceived(code, paused.version(),
                "Đã nhận bản sao hợp đồng", List.of()); return null; });
        DossierViewDto resumed = view("chuyenvien", code);
        assertEquals("IN_PROGRESS", resumed.status());
        assertFalse(resumed.appointmentAt().isBefore(paused.appointmentAt()), "the pause is added back, never taken");

        SignedIn.as("chuyenvien", () -> { bean(StepActions.class).recordWork(step2, resumed.version(), "Đã đăng ký",
                List.of(new FileUploadDto("giay-chung-nhan-dang-ky.pdf", samplePdf())), true); return null; });
        SignedIn.as("chuyenvien", () -> { bean(StepActions.class).forward(step2, view("chuyenvien", code).version(),
                "Trình ký"); return null; });
        awaitTasks(code, t -> t.size() == 3 && t.get(2).equals("3:" + LAND_OFFICE + ":open"));
        SignedIn.as("lanhdao", () -> { bean(StepActions.class).approve(openTask("lanhdao", code),
                view("lanhdao", code).version(), "Đồng ý"); return null; });
        awaitTasks(code, t -> t.size() == 4 && t.get(3).equals("4:" + DESK + ":open"));
        SignedIn.as("tiepnhan", () -> { bean(StepActions.class).forward(openTask("tiepnhan", code),
                view("tiepnhan", code).version(), "Kết quả đã về Bộ phận Một cửa"); return null; });
        DossierViewDto ready = view("tiepnhan", code);
        assertEquals("READY_FOR_RETURN", ready.status());

        Timeliness closed = SignedIn.as("tiepnhan", () -> bean(DeskActions.class).returnResult(code, ready.version(),
                "Phạm Thị Hồng Nhung", true));
        assertTrue(closed.isResolved());
        DossierViewDto returned = view("tiepnhan", code);
        assertEquals("RETURNED", returned.status());
        assertEquals(closed.name(), returned.timeliness());
        assertTrue(returned.journalIntact());
        assertEquals(List.of("RECEIVE", "FORWARD", "REQUEST_SUPPLEMENT", "SUPPLEMENT_RECEIVED", "RECORD_WORK", "FORWARD",
                "APPROVE", "MARK_READY_FOR_RETURN", "RETURN_RESULT"),
                returned.events().stream().map(DossierViewDto.Event::action).toList());
        assertEquals(List.of("SUBMITTED", "FORM", "RESULT"),
                returned.documents().stream().map(DossierViewDto.Document::kind).toList());

        byte[] controlSheet = SignedIn.as("tiepnhan", () -> bean(DossierRecords.class).controlSheet(code));
        assertTrue(new String(controlSheet, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        awaitNotifications(code, n -> n.stream().anyMatch(x -> x.startsWith("APPLICANT:") && x.endsWith(":RESULT_READY")));
        assertTrue(bean(DossierProbe.class).notifications(code).stream().anyMatch(n -> n.endsWith(":SUPPLEMENT_REQUESTED")));
    }

    private static void awaitNotifications(String code, Predicate<List<String>> ready) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
        List<String> found = bean(DossierProbe.class).notifications(code);
        while ((found.isEmpty() || !ready.test(found)) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            found = bean(DossierProbe.class).notifications(code);
        }
        List<String> last = found;
        assertTrue(!last.isEmpty() && ready.test(last), "notifications of " + code + ": " + last);
    }

    @Test
    void outOfScopeStaleAndRacingActionsChangeNothing() throws Exception {
        String code = receive().dossierCode();
        awaitTasks(code, t -> t.size() == 1);
        long step1 = openTask("tiepnhan", code);
        long version = view("tiepnhan", code).version();

        assertEquals("agency.outOfScope", assertThrows(BusinessException.class, () -> SignedIn.as("kinhte",
                () -> { bean(StepActions.class).forward(step1, version, null); return null; })).getMessageKey());
        assertEquals("dossier.notFound", assertThrows(BusinessException.class, () -> view("kinhte", code)).getMessageKey(),
                "another department does not even learn that the dossier exists");
        assertEquals("dossier.changedMeanwhile", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> { bean(StepActions.class).forward(step1, version - 1, null); return null; })).getMessageKey());
        assertEquals("dossier.actionNotAllowedAtStep", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> { bean(StepActions.class).approve(step1, version, null); return null; })).getMessageKey());
        assertEquals(version, view("tiepnhan", code).version(), "refusals leave the dossier as it was");

        // two desk officers click "forward" on the same screen state at once: exactly one wins
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> click = () -> {
            start.await();
            try {
                SignedIn.as("tiepnhan", () -> { bean(StepActions.class).forward(step1, version, null); return null; });
                return "won";
            } catch (BusinessException e) {
                return e.getMessageKey();
            }
        };
        Future<String> first = pool.submit(click);
        Future<String> second = pool.submit(click);
        start.countDown();
        List<String> outcomes = List.of(first.get(), second.get());
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().filter(o -> !o.equals("won")).allMatch(o -> o.equals("dossier.changedMeanwhile")
                || o.equals("task.closed")), outcomes.toString());
        awaitTasks(code, t -> t.size() == 2);
        Thread.sleep(500);
        assertEquals(2, bean(DossierProbe.class).tasks(code).size(), "one hand-off, one task");
        assertEquals(2, view("tiepnhan", code).events().size());
    }

    @Test
    void searchAndDirectionStayWithinTheOfficersAgencies() throws Exception {
        String code = receive().dossierCode();
        DossierCriteriaDto byCode = new DossierCriteriaDto(code, null, null, null, null, null, null, null, null);
        assertEquals(1, SignedIn.as("tiepnhan", () -> bean(DossierSearch.class).search(byCode, 0, 20, null, false)).total());
        assertEquals(0, SignedIn.as("kinhte", () -> bean(DossierSearch.class).search(byCode, 0, 20, null, false)).total(),
                "a department that never held the dossier does not find it");
        DossierCriteriaDto byName = new DossierCriteriaDto("pham thi hong nhung", null, null, null, null, null, null,
                LocalDate.now(VIETNAM), LocalDate.now(VIETNAM));
        assertTrue(SignedIn.as("tiepnhan", () -> bean(DossierSearch.class).search(byName, 0, 200, null, false)).rows()
                .stream().anyMatch(d -> d.code().equals(code)), "accents are optional");
        DossierCriteriaDto tomorrow = new DossierCriteriaDto(null, null, null, null, null, null, null,
                LocalDate.now(VIETNAM).plusDays(1), null);
        assertEquals("dossier.period.inFuture", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> bean(DossierSearch.class).search(tomorrow, 0, 20, null, false))).getMessageKey());

        DashboardDto dashboard = SignedIn.as("lanhdao", () -> bean(DirectionDashboard.class)
                .dashboard(LocalDate.now(VIETNAM).withDayOfYear(1), LocalDate.now(VIETNAM)));
        assertTrue(dashboard.statuses().stream().filter(s -> s.status().equals("RECEIVED"))
                .mapToLong(DashboardDto.StatusCount::count).sum() >= 1);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> SignedIn.as("chuyenvien", () -> bean(DirectionDashboard.class)
                .dashboard(LocalDate.now(VIETNAM).withDayOfYear(1), LocalDate.now(VIETNAM))));
    }

    @Test
    void refusalStopAndTheOneApologyEndOrRescheduleADossier() throws Exception {
        String refused = receive().dossierCode();
        awaitTasks(refused, t -> t.size() == 1);
        IssuedFormDto form03 = SignedIn.as("tiepnhan", () -> bean(StepActions.class).refuse(openTask("tiepnhan", refused),
                view("tiepnhan", refused).version(), List.of("Tài sản thế chấp đang bị kê biên")));
        assertTrue(form03.number().endsWith("/PTC"));
        DossierViewDto after = view("tiepnhan", refused);
        assertEquals("REFUSED", after.status());
        assertTrue(after.tasks().stream().allMatch(t -> t.closedAt() != null));
        assertEquals("dossier.transitionNotAllowed", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> { bean(DeskActions.class).stopOnRequest(refused, after.version(), "Rút"); return null; })).getMessageKey());

        String stopped = receive().dossierCode();
        SignedIn.as("tiepnhan", () -> { bean(DeskActions.class).stopOnRequest(stopped, view("tiepnhan", stopped).version(),
                "Người nộp có đơn xin rút hồ sơ"); return null; });
        assertEquals("STOPPED", view("tiepnhan", stopped).status());

        String late = receive().dossierCode();
        DossierViewDto running = view("tiepnhan", late);
        Instant later = running.appointmentAt().plus(Duration.ofDays(3));
        if (running.desk().apologise()) {
            // only at least one working day before the appointment; a same-day dossier usually is too late already
            BusinessException tooLate = assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                    () -> bean(DeskActions.class).apologise(late, running.version(), later, "Chờ xác minh")));
            assertEquals("dossier.apology.tooLate", tooLate.getMessageKey());
        }
        assertEquals(running.version(), view("tiepnhan", late).version());
    }

    @Test
    void theWarningJobTellsTheHoldersOnceAndTheVerifierSeesTampering() throws Exception {
        String code = receive().dossierCode();
        awaitTasks(code, t -> t.size() == 1);
        Instant muchLater = Instant.now().plus(Duration.ofDays(10));
        DeadlineWarnings.Outcome outcome = SignedIn.as("quantri", () -> bean(DeadlineWarnings.class).runAsOf(muchLater));
        assertTrue(outcome.dossiers() >= 1 && outcome.tasks() >= 1, outcome.toString());
        awaitNotifications(code, n -> n.stream().anyMatch(x -> x.startsWith("OFFICER:") && x.endsWith(":OVERDUE")));
        Thread.sleep(1500); // the dossier's and the step's warnings travel as two messages
        int told = bean(DossierProbe.class).notifications(code).size();
        SignedIn.as("quantri", () -> bean(DeadlineWarnings.class).runAsOf(muchLater.plusSeconds(60)));
        Thread.sleep(1000);
        assertEquals(told, bean(DossierProbe.class).notifications(code).size(), "each level is told once");

        assertTrue(view("tiepnhan", code).journalIntact());
        bean(DossierProbe.class).tamperWithEvent(code, 1);
        assertFalse(view("tiepnhan", code).journalIntact(), "an entry rewritten behind the application's back shows");
    }
}

package vn.motcua.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.json.JsonObject;
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
import vn.motcua.dossier.boundary.DossierRecords;
import vn.motcua.dossier.boundary.DossierViewDto;
import vn.motcua.dossier.boundary.FileUploadDto;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.StepActions;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.exchange.boundary.DeadLetterDto;
import vn.motcua.exchange.boundary.DeadLetters;
import vn.motcua.exchange.boundary.DepartmentConnections;
import vn.motcua.exchange.client.DepartmentClient;
import vn.motcua.exchange.client.ForwardedDossier;
import vn.motcua.exchange.client.StatusUpdates;
import vn.motcua.it.probe.DossierProbe;
import vn.motcua.it.probe.ExchangeProbe;
import vn.motcua.it.probe.SignedIn;

import javax.naming.InitialContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange with a department system on the real server: the reference client signs in to the broker
 * over WildFly's remote connector (http-upgrade on the web port) with the land registration office's
 * account, receives forwards and answers; the dossier moves through the staff boundary; duplicates,
 * stale updates and poison messages change nothing and are kept; the broker keeps each department out
 * of the other's queues.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeIT {

    private static final String DESK = "000.01.19.H21";
    private static final String LAND = "000.03.19.H21";
    private static final String JUSTICE = "000.04.19.H21";
    private static final String PASSWORD = "MotCua@2026";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The journal names the system officer lienthong by its full name, as it names officers. */
    private static final String SYSTEM = "Hệ thống liên thông chuyên ngành";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(ExchangeIT.class, Deployments.class, DepartmentClient.class,
                ForwardedDossier.class, StatusUpdates.class);
    }

    private static <T> T bean(Class<T> type) throws Exception {
        String module = type.getPackageName().startsWith("vn.motcua.it") ? "motcua-it" : "motcua-ejb";
        return type.cast(new InitialContext().lookup("java:global/motcua/" + module + "/" + type.getSimpleName()));
    }

    /** WildFly's remote connection factory: a network connection to the http-acceptor, as a department's would be. */
    private static ConnectionFactory remote() throws Exception {
        return (ConnectionFactory) new InitialContext().lookup("java:jboss/exported/jms/RemoteConnectionFactory");
    }

    private static DepartmentClient department(String agency) throws Exception {
        return new DepartmentClient(remote(), "dept-" + agency, PASSWORD, agency);
    }

    @BeforeEach
    void theLandOfficeIsConnected() throws Exception {
        SignedIn.as("quantri", () -> { bean(DepartmentConnections.class).connect(LAND); return null; });
    }

    /** A mortgage registration received at the desk and handed to the land registration office (step 2). */
    private static String handedToLandOffice() throws Exception {
        long version = bean(CatalogQuery.class).procedureByCode("1.000948.H21", LocalDate.now(VIETNAM)).orElseThrow().id();
        String idNumber = "0641" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        ReceptionRequestDto request = new ReceptionRequestDto(version, DESK, Channel.IN_PERSON, Applicant.Kind.PERSON,
                "Phạm Thị Hồng Nhung", Applicant.IdKind.CITIZEN_ID, idNumber, "0912345678", "nhung@example.vn",
                "Thị trấn Chư Sê, tỉnh Gia Lai", List.of(new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp",
                DocumentForm.ORIGINAL, 1, new FileUploadDto("phieu-yeu-cau.pdf", StatusUpdates.samplePdf("Phieu yeu cau")))), 1, null);
        String code = SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(request)).dossierCode();
        awaitTasks(code, t -> t.equals(List.of("1:" + DESK + ":open")));
        DossierViewDto view = view("tiepnhan", code);
        SignedIn.as("tiepnhan", () -> { bean(StepActions.class).forward(view.actionable().get(0).taskId(), view.version(),
                "Chuyển Văn phòng đăng ký đất đai"); return null; });
        return code;
    }

    private static DossierViewDto view(String officer, String code) throws Exception {
        return SignedIn.as(officer, () -> bean(DossierRecords.class).view(code));
    }

    private static void awaitTasks(String code, Predicate<List<String>> ready) throws Exception {
        eventually(() -> ready.test(bean(DossierProbe.class).tasks(code)), () -> "tasks of " + code + ": "
                + bean(DossierProbe.class).tasks(code));
    }

    private static void eventually(Callable<Boolean> condition, Callable<String> explain) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.call() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertTrue(condition.call(), explain.call());
    }

    /** Reads forwards until the one of that dossier (others, left by earlier tests, are taken unanswered). */
    private static ForwardedDossier answer(DepartmentClient client, String code, Function<ForwardedDossier, List<String>> reply) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(giveUp)) {
            Optional<ForwardedDossier> got = client.answerNext(Duration.ofSeconds(2),
                    f -> f.dossierCode().equals(code) ? reply.apply(f) : List.of());
            if (got.isPresent() && got.get().dossierCode().equals(code)) {
                return got.get();
            }
        }
        throw new AssertionError("no forward of " + code + " reached the department");
    }

    private static List<String> events(String code) throws Exception {
        return view("lanhdao", code).events().stream().map(e -> e.actor() + ":" + e.action()).toList();
    }

    @Test
    void aForwardReachesTheDepartmentAndItsUpdatesDriveTheDossierThroughTheStaffRules() throws Exception {
        String code = handedToLandOffice();
        try (DepartmentClient client = department(LAND)) {
            ForwardedDossier forward = answer(client, code, f -> List.of(StatusUpdates.accepted(f, client.nextSequence(code))));
            assertEquals(2, forward.step());
            assertEquals(1, forward.sequence());
            assertEquals("1.000948.H21", forward.json().getJsonObject("procedure").getString("code"));
            JsonObject paper = forward.json().getJsonArray("documents").getJsonObject(0);
            String link = paper.getString("downloadUrl").replaceFirst("^https?://[^/]+/motcua/", ServerAddress.app());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode(), link);
            assertEquals(paper.getString("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())));
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(link.replace("agency=" + LAND, "agency=" + JUSTICE))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "a link is bound to its department");

            eventually(() -> events(code).contains(SYSTEM + ":ACCEPT"), () -> "events " + events(code));
            eventually(() -> bean(ExchangeProbe.class).auditActions(code).containsAll(List.of("lienthong:DOSSIER_ACCEPT",
                    "lienthong@" + LAND + ":EXCHANGE_ACCEPTED")), () -> "audit " + bean(ExchangeProbe.class).auditActions(code));

            client.sendNow(code, StatusUpdates.done(forward, client.nextSequence(code), "KQ-1", StatusUpdates.samplePdf("Ket qua")));
            awaitTasks(code, t -> t.size() == 3 && t.get(2).equals("3:" + LAND + ":open"));
            ForwardedDossier approval = answer(client, code, f -> List.of(StatusUpdates.done(f, client.nextSequence(code), "KQ-2",
                    StatusUpdates.samplePdf("Phe duyet"))));
            assertEquals(3, approval.step());
            assertEquals(2, approval.sequence(), "MotCua's sequence per dossier rises with each forward");
        }
        awaitTasks(code, t -> t.size() == 4 && t.get(3).equals("4:" + DESK + ":open"));
        assertEquals(List.of("ACCEPT", "RECORD_WORK", "FORWARD", "RECORD_WORK", "APPROVE"), events(code).stream()
                .filter(e -> e.startsWith(SYSTEM + ":")).map(e -> e.substring(SYSTEM.length() + 1)).toList());
        assertTrue(view("tiepnhan", code).documents().stream().anyMatch(d -> d.kind().equals("RESULT")));
    }

    @Test
    void aDuplicateHasOneEffectAndAnOlderUpdateIsRecordedButNotApplied() throws Exception {
        String code = handedToLandOffice();
        try (DepartmentClient client = department(LAND)) {
            ForwardedDossier forward = answer(client, code, f -> List.of());
            String processing = StatusUpdates.processing(forward, 5, "Đang kiểm tra hồ sơ địa chính");
            client.sendNow(code, processing);
            client.sendNow(code, processing);
            client.sendNow(code, StatusUpdates.processing(forward, 3, "Cập nhật cũ, đến muộn"));
            eventually(() -> bean(ExchangeProbe.class).records(code).size() == 3, () -> "records "
                    + bean(ExchangeProbe.class).records(code));
            Thread.sleep(1000);
        }
        assertEquals(List.of("OUT:DOSSIER_FORWARDED:SENT:1", "IN:PROCESSING:APPLIED:5", "IN:PROCESSING:STALE:3"),
                bean(ExchangeProbe.class).records(code));
        assertEquals(1, events(code).stream().filter(e -> e.equals(SYSTEM + ":RECORD_WORK")).count(), "applied once");
        assertTrue(view("lanhdao", code).events().stream().noneMatch(e -> "Cập nhật cũ, đến muộn".equals(e.note())));
    }

    @Test
    void poisonMessagesAreParkedWithTheirReasonAndAnAdministratorReplaysOrDiscardsThem() throws Exception {
        String code = handedToLandOffice();
        String unknown = "000.01.19.H21-000101-9999";
        String marker = "poison-" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (DepartmentClient client = department(LAND)) {
            ForwardedDossier forward = answer(client, code, f -> List.of());
            client.sendNow(code, "{ not json " + marker);
            client.sendNow(code, StatusUpdates.processing(forward, 1, marker).replace(code, unknown));
            client.sendNow(code, StatusUpdates.processing(forward, 2, marker).replace("\"step\":2", "\"step\":0"));
            client.sendNow(code, StatusUpdates.refused(forward, 3, List.of(marker)).replace("\"step\":2", "\"step\":3"));
        }
        DeadLetters deadLetters = bean(DeadLetters.class);
        Callable<List<DeadLetterDto>> mine = () -> SignedIn.as("quantri", deadLetters::list).stream()
                .filter(l -> l.body().contains(marker)).toList();
        eventually(() -> mine.call().size() == 4, () -> "dead letters " + mine.call());
        List<String> reasons = mine.call().stream().map(DeadLetterDto::reason).sorted().toList();
        assertEquals(List.of("BAD_JSON", "FORBIDDEN_TRANSITION", "SCHEMA_VIOLATION", "UNKNOWN_DOSSIER"), reasons);
        assertTrue(mine.call().stream().allMatch(l -> l.body().contains(marker) && !l.detail().isEmpty()));
        assertEquals(List.of("OUT:DOSSIER_FORWARDED:SENT:1"), bean(ExchangeProbe.class).records(code), "nothing applied");

        DeadLetterDto wrongDossier = mine.call().stream().filter(l -> l.reason().equals("UNKNOWN_DOSSIER")).findFirst().orElseThrow();
        SignedIn.as("quantri", () -> { deadLetters.replay(wrongDossier.id(), wrongDossier.body().replace(unknown, code)); return null; });
        eventually(() -> bean(ExchangeProbe.class).records(code).contains("IN:PROCESSING:APPLIED:1"),
                () -> "records " + bean(ExchangeProbe.class).records(code));
        DeadLetterDto bad = mine.call().stream().filter(l -> l.reason().equals("BAD_JSON")).findFirst().orElseThrow();
        SignedIn.as("quantri", () -> { deadLetters.discard(bad.id()); return null; });
        assertEquals(2, mine.call().size(), "the replayed and the discarded ones are gone from the queue");
        assertTrue(bean(ExchangeProbe.class).discarded(bad.id()), "the discarded body is kept in the exchange log");
        eventually(() -> bean(ExchangeProbe.class).auditActions(LAND).containsAll(List.of(
                "quantri:EXCHANGE_DEAD_LETTER_REPLAYED", "quantri:EXCHANGE_DEAD_LETTER_DISCARDED")),
                () -> "audit " + bean(ExchangeProbe.class).auditActions(LAND));
        assertThrows(Exception.class, () -> SignedIn.as("tiepnhan", deadLetters::list), "ADMIN only");
    }

    @Test
    void aSupplementRequestFromTheDepartmentPausesTheClockAndTellsTheApplicantAsAnOfficersWould() throws Exception {
        String code = handedToLandOffice();
        try (DepartmentClient client = department(LAND)) {
            answer(client, code, f -> List.of(StatusUpdates.supplementNeeded(f, client.nextSequence(code),
                    List.of("Bản sao hợp đồng thế chấp có công chứng"), "Thiếu hợp đồng thế chấp")));
        }
        eventually(() -> "AWAITING_SUPPLEMENT".equals(view("tiepnhan", code).status()), () -> "status "
                + view("tiepnhan", code).status() + " " + bean(ExchangeProbe.class).records(code));
        DossierViewDto paused = view("tiepnhan", code);
        assertTrue(paused.pausedAt() != null, "the clock stops as for an officer's request");
        assertTrue(paused.documents().stream().anyMatch(d -> d.kind().equals("FORM")), "form 02 issued");
        eventually(() -> bean(DossierProbe.class).notifications(code).stream().anyMatch(n -> n.endsWith(":SUPPLEMENT_REQUESTED")),
                () -> "notifications " + bean(DossierProbe.class).notifications(code));
    }

    @Test
    void aDepartmentOfflineFindsEveryForwardWaitingInOrder() throws Exception {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = handedToLandOffice();
            awaitTasks(code, t -> t.size() == 2);
            sent.add(code);
        }
        List<String> received = new ArrayList<>();
        try (DepartmentClient client = department(LAND)) {
            while (received.size() < sent.size()) {
                ForwardedDossier next = client.answerNext(Duration.ofSeconds(10), f -> List.of())
                        .orElseThrow(() -> new AssertionError("only " + received + " of " + sent));
                if (sent.contains(next.dossierCode())) {
                    received.add(next.dossierCode());
                }
            }
        }
        assertEquals(sent, received);
    }

    @Test
    void aDepartmentReadsOnlyItsOwnQueueAndWritesOnlyItsOwn() throws Exception {
        ConnectionFactory factory = remote();
        try (JMSContext justice = factory.createContext("dept-" + JUSTICE, PASSWORD)) {
            assertThrows(JMSRuntimeException.class, () -> justice.createConsumer(
                    justice.createQueue("motcua.dept." + LAND + ".out")).receive(500), "another department's forwards");
            assertThrows(JMSRuntimeException.class, () -> justice.createProducer()
                    .send(justice.createQueue("motcua.dept." + LAND + ".in"), "{}"), "another department's inbound queue");
            assertThrows(JMSRuntimeException.class, () -> justice.createConsumer(
                    justice.createQueue("motcua.routing")).receive(500), "MotCua's own queues");
            justice.createConsumer(justice.createQueue("motcua.dept." + JUSTICE + ".out")).receiveNoWait();
        }
        assertThrows(JMSRuntimeException.class, () -> factory.createContext("dept-" + LAND, "sai-mat-khau").close());
    }
}

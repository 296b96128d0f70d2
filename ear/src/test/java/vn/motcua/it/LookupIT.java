package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.DeskActions;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.DossierRecords;
import vn.motcua.dossier.boundary.ReceptionOutcomeDto;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.lookup.boundary.LookupAnswerDto;
import vn.motcua.lookup.boundary.LookupAnswerDto.Outcome;
import vn.motcua.lookup.boundary.StatusLookup;

import javax.naming.InitialContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public lookup through the real boundary and the public API: found by code and PIN with the name
 * masked; a wrong PIN and an unknown code answered alike; five wrong answers lock the code; a
 * hammering client is slowed down; bad input gets a clear answer, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class LookupIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String API = ServerAddress.app() + "api/v1/lookup";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(LookupIT.class, Deployments.class);
    }

    /** The lookup is a CDI bean, not an EJB: no JNDI name. */
    private static StatusLookup statusLookup() {
        return jakarta.enterprise.inject.spi.CDI.current().select(StatusLookup.class).get();
    }

    private static <T> T bean(Class<T> type) throws Exception {
        return type.cast(new InitialContext().lookup("java:global/motcua/motcua-ejb/" + type.getSimpleName()));
    }

    /** Each test looks up as a client of its own, so that the per-client quota of one never blocks another. */
    private static String client() {
        return "it-client-" + CLIENTS.incrementAndGet() + "-" + System.nanoTime();
    }

    private static ReceptionOutcomeDto received(String idNumber) throws Exception {
        long version = bean(CatalogQuery.class).procedureByCode("1.000948.H21", LocalDate.now(VIETNAM)).orElseThrow().id();
        ReceptionRequestDto request = new ReceptionRequestDto(version, "000.01.19.H21", Channel.IN_PERSON,
                Applicant.Kind.PERSON, "Nguyễn Thị Ánh Tuyết", Applicant.IdKind.CITIZEN_ID, idNumber, "0905123456", null,
                "Xã Ia Blang, huyện Chư Sê, tỉnh Gia Lai",
                List.of(new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp", DocumentForm.ORIGINAL, 1)), 1,
                "Ghi chú nội bộ: khách quen");
        return SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(request));
    }

    private static String wrong(String pin) {
        return pin.equals("000000") ? "000001" : "000000";
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(API))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReceivedDossierIsFoundByCodeAndPinWithTheApplicantMaskedAndNothingInternal() throws Exception {
        ReceptionOutcomeDto dossier = received("064190008801");
        LookupAnswerDto answer = statusLookup().look(dossier.dossierCode(), dossier.lookupPin(), client());
        assertEquals(Outcome.FOUND, answer.outcome());
        assertEquals("Nguyễn T** Á** T****", answer.dossier().applicant());
        assertEquals("RECEIVED", answer.dossier().status());
        assertEquals(dossier.appointmentAt(), answer.dossier().appointmentAt());
        assertEquals("lookup.event.received", answer.dossier().timeline().get(0).what());
        String everything = answer.dossier().toString();
        assertFalse(everything.contains("064190008801") || everything.contains("0905123456") || everything.contains("khách quen"),
                everything);
    }

    @Test
    void aDossierThatMovesIsShownMovedAtOnceThoughTheLastAnswerIsKeptAFewSeconds() throws Exception {
        ReceptionOutcomeDto dossier = received("064190008803");
        StatusLookup lookup = statusLookup();
        LookupAnswerDto before = lookup.look(dossier.dossierCode(), dossier.lookupPin(), client());
        assertEquals("RECEIVED", before.dossier().status());
        long version = SignedIn.as("tiepnhan", () -> bean(DossierRecords.class).view(dossier.dossierCode())).version();
        SignedIn.as("tiepnhan", () -> { bean(DeskActions.class).stopOnRequest(dossier.dossierCode(), version,
                "Người nộp xin rút hồ sơ"); return null; });
        LookupAnswerDto after = lookup.look(dossier.dossierCode(), dossier.lookupPin(), client());
        assertEquals("lookup.event.stopped", after.dossier().timeline().get(after.dossier().timeline().size() - 1).what(),
                "the stop shows at once: " + after.dossier().timeline());
    }

    private static HttpResponse<String> page(String code, String pin, String extra) throws Exception {
        String form = "lookup=lookup&code=" + code + "&pin=" + pin + "&submit=Tra+c%E1%BB%A9u&jakarta.faces.ViewState=stateless"
                + extra;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ServerAddress.app() + "lookup"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLookupPageIsRenderedOnceForACrowdYetChecksEveryPinAndShowsAMoveAtOnce() throws Exception {
        ReceptionOutcomeDto dossier = received("064190008804");
        String code = dossier.dossierCode();
        HttpResponse<String> first = page(code, dossier.lookupPin(), "");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("Hồ sơ đã được tiếp nhận.") && first.body().contains("Nguyễn T** Á** T****"),
                first.body());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), first.headers().toString());
        assertEquals(first.body(), page(code, dossier.lookupPin(), "").body(), "the same page while the status is kept");
        String english = page(code, dossier.lookupPin(), "&lang=en").body();
        assertTrue(english.contains("The dossier has been received.") && english.contains("lang=\"en\""), english);
        String wrongPin = page(code, wrong(dossier.lookupPin()), "").body();
        assertTrue(wrongPin.contains("Không tìm thấy hồ sơ") && !wrongPin.contains("id=\"result\""),
                "a wrong PIN never gets the kept page: " + wrongPin);
        long version = SignedIn.as("tiepnhan", () -> bean(DossierRecords.class).view(code)).version();
        SignedIn.as("tiepnhan", () -> { bean(DeskActions.class).stopOnRequest(code, version, "Người nộp xin rút hồ sơ"); return null; });
        String moved = page(code, dossier.lookupPin(), "").body();
        assertTrue(moved.contains("Dừng giải quyết theo đề nghị"), "the stop shows at once: " + moved);
    }

    @Test
    void onThePageEachWrongPinCountsOnceAndTheFifthLocksTheCode() throws Exception {
        ReceptionOutcomeDto dossier = received("064190008805");
        for (int i = 1; i <= 4; i++) {
            String answer = page(dossier.dossierCode(), wrong(dossier.lookupPin()), "").body();
            assertTrue(answer.contains("Không tìm thấy hồ sơ"), "wrong PIN " + i + ": " + answer);
        }
        String fifth = page(dossier.dossierCode(), wrong(dossier.lookupPin()), "").body();
        assertTrue(fifth.contains("tạm khóa tra cứu"), fifth);
        String right = page(dossier.dossierCode(), dossier.lookupPin(), "").body();
        assertTrue(right.contains("tạm khóa tra cứu") && !right.contains("id=\"result\""), "locked, even for the right PIN");
    }

    @Test
    void aWrongPinAndAnUnknownCodeAreAnsweredAlikeAndFiveWrongAnswersLockTheCode() throws Exception {
        ReceptionOutcomeDto dossier = received("064190008802");
        StatusLookup lookup = statusLookup();
        String client = client();
        LookupAnswerDto wrongPin = lookup.look(dossier.dossierCode(), wrong(dossier.lookupPin()), client);
        LookupAnswerDto unknownCode = lookup.look(dossier.dossierCode() + "9", dossier.lookupPin(), client);
        assertEquals(wrongPin, unknownCode, "nothing tells whether the code exists");
        assertEquals(Outcome.NOT_FOUND, wrongPin.outcome());
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.NOT_FOUND, lookup.look(dossier.dossierCode(), wrong(dossier.lookupPin()), client).outcome());
        }
        LookupAnswerDto fifth = lookup.look(dossier.dossierCode(), wrong(dossier.lookupPin()), client);
        assertEquals(Outcome.LOCKED, fifth.outcome());
        assertTrue(fifth.retryAfterSeconds() > 14 * 60, "locked for the window: " + fifth.retryAfterSeconds());
        LookupAnswerDto rightPinWhileLocked = lookup.look(dossier.dossierCode(), dossier.lookupPin(), client());
        assertEquals(Outcome.LOCKED, rightPinWhileLocked.outcome(), "no guessing during the lock");
        assertNull(rightPinWhileLocked.dossier());
        for (int i = 0; i < 4; i++) {
            lookup.look(dossier.dossierCode() + "9", dossier.lookupPin(), client);
        }
        assertEquals(Outcome.LOCKED, lookup.look(dossier.dossierCode() + "9", dossier.lookupPin(), client).outcome(),
                "a code that does not exist locks the same way");
    }

    @Test
    void aClientThatHammersIsToldToWaitBeforeAnyDatabaseWork() throws Exception {
        StatusLookup lookup = statusLookup();
        String bot = client();
        long second = java.time.Instant.now().getEpochSecond() % 60;
        if (second > 50) {
            Thread.sleep((61 - second) * 1000);
        }
        int throttled = 0;
        for (int i = 0; i < 40; i++) {
            LookupAnswerDto answer = lookup.look(String.format("BOT-%04d", i), "123456", bot);
            if (answer.outcome() == Outcome.THROTTLED) {
                throttled++;
                assertTrue(answer.retryAfterSeconds() >= 1 && answer.retryAfterSeconds() <= 60);
            }
        }
        assertEquals(10, throttled, "30 a minute, the rest told to wait");
        assertEquals(Outcome.NOT_FOUND, lookup.look("BOT-9999", "123456", client()).outcome(), "others are not affected");
    }

    @Test
    void thePublicApiAnswersJsonAndBadInputGetsAClearAnswerNeverA500() throws Exception {
        ReceptionOutcomeDto dossier = received("064190008803");
        HttpResponse<String> found = post("{\"code\":\"" + dossier.dossierCode() + "\",\"pin\":\"" + dossier.lookupPin() + "\"}");
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("\"applicant\":\"Nguyễn T** Á** T****\""), found.body());
        assertFalse(found.body().contains("064190008803"));
        assertEquals("no-store", found.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> wrongPin = post("{\"code\":\"" + dossier.dossierCode() + "\",\"pin\":\"" + wrong(dossier.lookupPin()) + "\"}");
        assertEquals(404, wrongPin.statusCode());
        assertTrue(wrongPin.body().contains("Không tìm thấy hồ sơ"), wrongPin.body());
        HttpResponse<String> script = post("{\"code\":\"<script>alert(1)</script>\",\"pin\":\"12\"}");
        assertEquals(400, script.statusCode());
        assertFalse(script.body().contains("<script>"), script.body());
        assertEquals(400, post("{}").statusCode());
        int huge = post("{\"code\":\"" + "A".repeat(200_000) + "\",\"pin\":\"123456\"}").statusCode();
        assertEquals(400, huge);
        int broken = post("{\"code\":").statusCode();
        assertTrue(broken == 400, "malformed JSON: " + broken);
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> description = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(ServerAddress.root() + "openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, description.statusCode());
        assertTrue(description.body().contains("/lookup") && description.body().contains("Retry-After"), description.body());
    }
}

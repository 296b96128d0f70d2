package vn.motcua.exchange.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.exchange.boundary.DepartmentStatusMessage;
import vn.motcua.exchange.boundary.DossierForwardedMessage;
import vn.motcua.exchange.control.ExchangeRejection.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented examples pass the contract check; each kind of broken message is refused with its reason. */
class ContractCheckTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = ContractCheckTest.class.getResourceAsStream("/exchange/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @ParameterizedTest
    @CsvSource({"status-accepted.json,ACCEPTED", "status-processing.json,PROCESSING",
            "status-supplement-needed.json,SUPPLEMENT_NEEDED", "status-refused.json,REFUSED", "status-done.json,DONE"})
    void everyDocumentedExampleIsAValidUpdate(String example, DepartmentStatusMessage.Status status) throws IOException {
        DepartmentStatusMessage update = ContractCheck.statusUpdate(resource("examples/" + example));
        assertEquals(status, update.status());
        assertEquals("000.01.19.H21-261129-0001", update.dossierCode());
        assertEquals(2, update.step());
    }

    @Test
    void theDoneExampleCarriesItsResultAndFile() throws IOException {
        DepartmentStatusMessage done = ContractCheck.statusUpdate(resource("examples/status-done.json"));
        assertEquals("1234/ĐKTC", done.result().number());
        assertEquals(1, done.documents().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ not json", "", "[1, 2]", "{\"schemaVersion\": 1,"})
    void somethingThatIsNotAJsonObjectIsRefused(String body) {
        ExchangeRejection rejection = assertThrows(ExchangeRejection.class, () -> ContractCheck.statusUpdate(body));
        assertTrue(rejection.reason() == Reason.BAD_JSON || rejection.reason() == Reason.SCHEMA_VIOLATION, rejection.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"schemaVersion\": 1|\"schemaVersion\": 2|schemaVersion 2",
            "\"status\": \"ACCEPTED\"|\"status\": \"FINISHED\"|status must be one of",
            "\"step\": 2|\"step\": 0|step is required",
            "\"sequence\": 1|\"sequence\": \"1\"|sequence is required",
            "\"sentAt\": \"2026-11-29T01:35:00Z\"|\"sentAt\": \"29/11/2026\"|sentAt must be",
            "\"messageId\": \"dept-lr-000451\"|\"messageId\": \"a b\"|messageId must be",
            "\"note\": \"Đã nhận hồ sơ\"|\"notes\": \"Đã nhận hồ sơ\"|unknown field notes"})
    void aSchemaViolationNamesTheField(String from, String to, String expected) throws IOException {
        String body = resource("examples/status-accepted.json").replace(from, to);
        ExchangeRejection rejection = assertThrows(ExchangeRejection.class, () -> ContractCheck.statusUpdate(body));
        assertEquals(Reason.SCHEMA_VIOLATION, rejection.reason());
        assertTrue(rejection.detail().contains(expected), rejection.detail());
    }

    @Test
    void eachStatusNeedsItsOwnFields() throws IOException {
        String accepted = resource("examples/status-accepted.json");
        for (String status : List.of("SUPPLEMENT_NEEDED", "REFUSED", "DONE")) {
            String body = accepted.replace("\"ACCEPTED\"", "\"" + status + "\"");
            assertEquals(Reason.SCHEMA_VIOLATION, assertThrows(ExchangeRejection.class,
                    () -> ContractCheck.statusUpdate(body)).reason(), status);
        }
        String processingWithoutNote = resource("examples/status-processing.json").replaceAll(", \"note\": \"[^\"]*\"", "");
        assertThrows(ExchangeRejection.class, () -> ContractCheck.statusUpdate(processingWithoutNote));
    }

    @Test
    void aResultWhoseChecksumDoesNotMatchItsContentIsRefused() throws IOException {
        JsonObject done = json(resource("examples/status-done.json"));
        String sha = done.getJsonArray("documents").getJsonObject(0).getString("sha256");
        String body = done.toString().replace(sha, "0".repeat(64));
        ExchangeRejection rejection = assertThrows(ExchangeRejection.class, () -> ContractCheck.statusUpdate(body));
        assertTrue(rejection.detail().contains("sha256 does not match"), rejection.detail());
    }

    @Test
    void theForwardAsWrittenHoldsEveryFieldItsSchemaRequires() throws IOException {
        DossierForwardedMessage message = new DossierForwardedMessage(1, "id", "000.03.19.H21", "X-1", 2, 1,
                Instant.parse("2026-11-29T01:30:00Z"), "Thẩm định", Instant.parse("2026-12-01T10:00:00Z"),
                new DossierForwardedMessage.ProcedureRef("1.000948.H21", "Đăng ký thế chấp"),
                new DossierForwardedMessage.ApplicantRef("PERSON", "Nhung", "CITIZEN_ID", "064112345678", null, null, null),
                List.of(new DossierForwardedMessage.DocumentRef(51, "Phiếu", "SUBMITTED", "a.pdf", "application/pdf", 10,
                        "a".repeat(64), "http://x/api/v1/exchange/documents/51", Instant.parse("2026-12-13T01:30:00Z"))));
        JsonObject written = json(ExchangeJson.write(message));
        JsonObject schema = json(resource("dossier-forwarded.schema.json"));
        assertTrue(written.keySet().containsAll(names(schema.getJsonArray("required"))), written.keySet().toString());
        JsonObject documentSchema = schema.getJsonObject("properties").getJsonObject("documents").getJsonObject("items");
        assertTrue(written.getJsonArray("documents").getJsonObject(0).keySet().containsAll(names(documentSchema.getJsonArray("required"))));
        assertEquals("2026-11-29T01:30:00Z", written.getString("sentAt"));
        assertEquals(json(resource("examples/dossier-forwarded.json")).keySet(), written.keySet(),
                "the documented example shows every field");
    }

    private static Set<String> names(JsonArray array) {
        Set<String> names = new HashSet<>();
        array.forEach(v -> names.add(((jakarta.json.JsonString) v).getString()));
        return names;
    }
}

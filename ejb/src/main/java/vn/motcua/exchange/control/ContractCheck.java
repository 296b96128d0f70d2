package vn.motcua.exchange.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import vn.motcua.exchange.boundary.DepartmentStatusMessage;
import vn.motcua.exchange.control.ExchangeRejection.Reason;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a status update as exchange/department-status.schema.json (version 1) describes it, field by
 * field, and names the first thing wrong: a department's developer reads that reason on our dead-letter
 * screen and in the README, so it must point at the field, not at a parser's stack trace.
 */
public final class ContractCheck {

    private static final Set<String> FIELDS = Set.of("schemaVersion", "messageId", "agencyCode", "dossierCode",
            "step", "sequence", "sentAt", "status", "note", "items", "reasons", "result", "documents");
    private static final Set<String> RESULT_FIELDS = Set.of("number", "signedOn", "signedBy", "summary");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("fileName", "mediaType", "sha256", "contentBase64");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private ContractCheck() {
    }

    public static DepartmentStatusMessage statusUpdate(String json) {
        JsonObject object = parse(json);
        unknownFields(object, FIELDS, "");
        int version = integer(object, "schemaVersion", 1);
        if (version != DepartmentStatusMessage.SCHEMA_VERSION) {
            throw violation("schemaVersion " + version + " is not supported (expected "
                    + DepartmentStatusMessage.SCHEMA_VERSION + ")");
        }
        if (!MESSAGE_ID.matcher(text(object, "messageId", 64)).matches()) {
            throw violation("messageId must be 1-64 characters A-Z a-z 0-9 . _ : -");
        }
        text(object, "agencyCode", 40);
        text(object, "dossierCode", 60);
        integer(object, "step", 1);
        integer(object, "sequence", 1);
        instant(object);
        String status = text(object, "status", 30);
        optionalText(object, "note", 2000);
        DepartmentStatusMessage.Status parsed;
        try {
            parsed = DepartmentStatusMessage.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw violation("status must be one of ACCEPTED, PROCESSING, SUPPLEMENT_NEEDED, REFUSED, DONE");
        }
        switch (parsed) {
            case PROCESSING -> text(object, "note", 2000);
            case SUPPLEMENT_NEEDED -> lines(object, "items");
            case REFUSED -> lines(object, "reasons");
            case DONE -> done(object);
            default -> { }
        }
        try {
            return ExchangeJson.read(json, DepartmentStatusMessage.class);
        } catch (RuntimeException e) {
            throw violation("cannot be mapped: " + e.getMessage());
        }
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            throw new ExchangeRejection(Reason.BAD_JSON, "empty message");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw violation("the message must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new ExchangeRejection(Reason.BAD_JSON, "not JSON: " + e.getMessage());
        }
    }

    private static void done(JsonObject object) {
        if (!(object.get("result") instanceof JsonObject result)) {
            throw violation("result is required when status is DONE");
        }
        unknownFields(result, RESULT_FIELDS, "result.");
        text(result, "number", 60);
        try {
            LocalDate.parse(text(result, "signedOn", 10));
        } catch (DateTimeParseException e) {
            throw violation("result.signedOn must be a date yyyy-MM-dd");
        }
        optionalText(result, "signedBy", 200);
        optionalText(result, "summary", 2000);
        if (!(object.get("documents") instanceof JsonArray documents) || documents.isEmpty()) {
            throw violation("documents must hold the result file when status is DONE");
        }
        for (JsonValue value : documents) {
            if (!(value instanceof JsonObject document)) {
                throw violation("documents[] must be objects");
            }
            unknownFields(document, DOCUMENT_FIELDS, "documents[].");
            text(document, "fileName", 150);
            text(document, "mediaType", 100);
            String sha256 = text(document, "sha256", 64);
            if (!SHA256.matcher(sha256).matches()) {
                throw violation("documents[].sha256 must be 64 lower-case hex digits");
            }
            byte[] content;
            try {
                content = java.util.Base64.getDecoder().decode(text(document, "contentBase64", MAX_DOCUMENT_BYTES * 2));
            } catch (IllegalArgumentException e) {
                throw violation("documents[].contentBase64 is not base64");
            }
            if (content.length > MAX_DOCUMENT_BYTES || !sha256.equals(Checksums.sha256(content))) {
                throw violation("documents[].sha256 does not match the content of " + document.getString("fileName"));
            }
        }
    }

    private static void unknownFields(JsonObject object, Set<String> allowed, String prefix) {
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                throw violation("unknown field " + prefix + name);
            }
        }
    }

    private static String text(JsonObject object, String name, int max) {
        if (!(object.get(name) instanceof JsonString value) || value.getString().isBlank()) {
            throw violation(name + " is required (a non-empty string)");
        }
        if (value.getString().length() > max) {
            throw violation(name + " is longer than " + max + " characters");
        }
        return value.getString();
    }

    private static void optionalText(JsonObject object, String name, int max) {
        JsonValue value = object.get(name);
        if (value != null && value != JsonValue.NULL) {
            if (!(value instanceof JsonString string) || string.getString().length() > max) {
                throw violation(name + " must be a string of at most " + max + " characters");
            }
        }
    }

    private static int integer(JsonObject object, String name, int min) {
        if (!(object.get(name) instanceof JsonNumber number) || !number.isIntegral()
                || number.longValue() < min || number.longValue() > Integer.MAX_VALUE) {
            throw violation(name + " is required (an integer ≥ " + min + ")");
        }
        return number.intValue();
    }

    private static void instant(JsonObject object) {
        try {
            Instant.parse(text(object, "sentAt", 40));
        } catch (DateTimeParseException e) {
            throw violation("sentAt must be an ISO-8601 instant such as 2026-11-29T01:30:00Z");
        }
    }

    private static void lines(JsonObject object, String name) {
        if (!(object.get(name) instanceof JsonArray array) || array.isEmpty()) {
            throw violation(name + " must list at least one line");
        }
        for (JsonValue line : array) {
            if (!(line instanceof JsonString string) || string.getString().isBlank() || string.getString().length() > 500) {
                throw violation(name + "[] must be non-empty strings of at most 500 characters");
            }
        }
    }

    private static ExchangeRejection violation(String detail) {
        return new ExchangeRejection(Reason.SCHEMA_VIOLATION, detail);
    }
}

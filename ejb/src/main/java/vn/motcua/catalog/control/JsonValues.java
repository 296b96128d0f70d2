package vn.motcua.catalog.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Typed reads of one JSON object of a release file. A missing member is null (the validator decides
 * whether it was required); a member of the wrong type is a problem at its path, then null.
 */
final class JsonValues {

    private final JsonObject object;
    private final int procedure;
    private final String prefix;
    private final ProblemLog log;

    JsonValues(JsonObject object, int procedure, String prefix, ProblemLog log) {
        this.object = object;
        this.procedure = procedure;
        this.prefix = prefix;
        this.log = log;
    }

    String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    private Optional<JsonValue> member(String key) {
        JsonValue value = object.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? Optional.empty() : Optional.of(value);
    }

    private <T> T wrongType(String key, String expected) {
        String found = object.get(key).toString();
        log.add(procedure, path(key), "catalog.value.wrongType",
                found.length() > 60 ? found.substring(0, 60) + "…" : found, expected);
        return null;
    }

    String text(String key) {
        Optional<JsonValue> value = member(key);
        if (value.isEmpty()) {
            return null;
        }
        return value.get() instanceof JsonString s ? s.getString() : wrongType(key, "chuỗi ký tự");
    }

    BigDecimal number(String key) {
        Optional<JsonValue> value = member(key);
        if (value.isEmpty()) {
            return null;
        }
        return value.get() instanceof JsonNumber n ? n.bigDecimalValue() : wrongType(key, "số");
    }

    Integer integer(String key) {
        BigDecimal number = number(key);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            return wrongType(key, "số nguyên");
        }
    }

    LocalDate date(String key) {
        String text = text(key);
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            log.add(procedure, path(key), "catalog.value.notDate", text);
            return null;
        }
    }

    LocalTime time(String key) {
        String text = text(key);
        try {
            return text == null ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            log.add(procedure, path(key), "catalog.value.notTime", text);
            return null;
        }
    }

    <E extends Enum<E>> E code(String key, Class<E> type) {
        String text = text(key);
        return text == null ? null : code(text, type, path(key));
    }

    <E extends Enum<E>> E code(String text, Class<E> type, String atPath) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            log.add(procedure, atPath, "catalog.value.unknownCode", text,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    JsonObject object(String key) {
        Optional<JsonValue> value = member(key);
        if (value.isEmpty()) {
            return null;
        }
        return value.get() instanceof JsonObject o ? o : wrongType(key, "đối tượng JSON");
    }

    JsonArray array(String key) {
        Optional<JsonValue> value = member(key);
        if (value.isEmpty()) {
            return null;
        }
        return value.get() instanceof JsonArray a ? a : wrongType(key, "mảng JSON");
    }

    void notAnObject(String atPath, JsonValue found) {
        log.add(procedure, atPath, "catalog.value.wrongType", found.getValueType(), "đối tượng JSON");
    }

    JsonValues nested(JsonObject child, String childPath) {
        return new JsonValues(child, procedure, childPath, log);
    }
}

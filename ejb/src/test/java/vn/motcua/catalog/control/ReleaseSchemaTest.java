package vn.motcua.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the published JSON Schema and the reader/writer saying the same: same members, same required ones. */
class ReleaseSchemaTest {

    private static JsonObject read(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        }
    }

    private static Set<String> required(JsonObject definition) {
        return definition.getJsonArray("required").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
    }

    @Test
    void everyMemberTheWriterWritesIsInTheSchemaAndEveryRequiredOneIsWritten() {
        JsonObject schema = read(CatalogFixtures.resource("release.schema.json"));
        JsonObject procedureSchema = schema.getJsonObject("$defs").getJsonObject("procedure");
        Set<String> known = procedureSchema.getJsonObject("properties").keySet();
        JsonArray procedures = read(CatalogFixtures.json(CatalogFixtures.demo())).getJsonArray("procedures");
        for (JsonValue value : procedures) {
            Set<String> written = value.asJsonObject().keySet();
            assertTrue(known.containsAll(written), () -> "not in schema: " + written);
            assertTrue(written.containsAll(required(procedureSchema)), () -> "required but not written: " + written);
        }
        assertTrue(schema.getJsonObject("properties").keySet().containsAll(Set.of("format", "release", "procedures")));
    }
}

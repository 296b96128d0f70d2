package vn.motcua.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import vn.motcua.catalog.boundary.CatalogProblemDto;
import vn.motcua.catalog.boundary.ChannelOfferDto;
import vn.motcua.catalog.boundary.FeeDto;
import vn.motcua.catalog.boundary.FormTemplateDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.catalog.entity.TermUnit;
import vn.motcua.identity.entity.Role;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the JSON format of a release (catalog/README.md, catalog/release.schema.json). Problems name
 * the procedure's position as row and the path inside it as column.
 */
final class JsonReleaseReader {

    static final String FORMAT = "motcua-catalog/1";

    static final ProblemLog.Locator LOCATOR = new ProblemLog.Locator() {
        @Override
        public CatalogProblemDto locate(int procedure, String path, String messageKey, List<String> args) {
            return new CatalogProblemDto(null, procedure + 1, path, messageKey, args);
        }

        @Override
        public int rowOf(int procedure) {
            return procedure + 1;
        }
    };

    private final ProblemLog log = new ProblemLog(LOCATOR);

    ReleaseReading read(byte[] content) {
        int[] badAt = {0};
        Optional<String> text = Utf8Text.decode(content, badAt);
        if (text.isEmpty()) {
            int line = Utf8Text.lineOf(content, badAt[0]);
            log.addAt(null, line, "", "catalog.file.notUtf8", line, badAt[0]);
            return new ReleaseReading(null, log);
        }
        JsonStructure root;
        try (JsonReader reader = Json.createReader(new StringReader(text.get()))) {
            root = reader.read();
        } catch (JsonParsingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            log.addAt(null, (int) line, String.valueOf(column), "catalog.file.jsonSyntax", line, column);
            return new ReleaseReading(null, log);
        } catch (JsonException e) {
            log.addAt(null, 0, "", "catalog.file.jsonSyntax", 0, 0);
            return new ReleaseReading(null, log);
        }
        if (!(root instanceof JsonObject object)) {
            log.add(ProblemLog.RELEASE, "", "catalog.value.wrongType", "[…]", "đối tượng JSON");
            return new ReleaseReading(null, log);
        }
        return new ReleaseReading(release(object), log);
    }

    private ReleaseDto release(JsonObject root) {
        JsonValues top = new JsonValues(root, ProblemLog.RELEASE, "", log);
        String format = top.text("format");
        if (format != null && !FORMAT.equals(format)) {
            log.add(ProblemLog.RELEASE, "format", "catalog.file.unsupportedVersion", format, FORMAT);
        } else if (format == null) {
            log.add(ProblemLog.RELEASE, "format", "catalog.value.required");
        }
        JsonObject header = top.object("release");
        JsonValues release = top.nested(header == null ? JsonValue.EMPTY_JSON_OBJECT : header, "release");
        List<ProcedureDto> procedures = new ArrayList<>();
        JsonArray array = top.array("procedures");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject p) {
                    procedures.add(procedure(new JsonValues(p, i, "", log)));
                } else {
                    top.notAnObject("procedures[" + i + "]", array.get(i));
                }
            }
        }
        return new ReleaseDto(release.text("code"), release.text("name"), release.text("decisionNumber"),
                release.date("decisionDate"), procedures);
    }

    private ProcedureDto procedure(JsonValues p) {
        return new ProcedureDto(p.text("code"), p.text("name"), p.text("field"),
                p.code("onlineLevel", OnlineLevel.class), p.text("agency"), p.text("applicants"), p.text("steps"),
                p.text("conditions"), p.text("legalBasis"), p.text("result"), term(p, "term"), fee(p, "fee"),
                list(p, "channels", v -> new ChannelOfferDto(v.code("channel", Channel.class), term(v, "term"),
                        fee(v, "fee"))),
                list(p, "forms", v -> new FormTemplateDto(v.text("code"), v.text("name"))),
                list(p, "documents", v -> new RequiredDocumentDto(v.text("name"),
                        v.code("form", DocumentForm.class), v.integer("copies"), v.text("condition"),
                        v.text("template"))),
                list(p, "workflow", v -> new WorkflowStepDto(v.text("name"), v.text("agency"),
                        v.code("role", Role.class), v.number("days"), v.text("parallelGroup"), actions(v))));
    }

    private static StatutoryTermDto term(JsonValues owner, String key) {
        JsonObject object = owner.object(key);
        if (object == null) {
            return null;
        }
        JsonValues term = owner.nested(object, owner.path(key));
        return new StatutoryTermDto(term.code("unit", TermUnit.class), term.number("amount"), term.time("cutOff"));
    }

    private static FeeDto fee(JsonValues owner, String key) {
        JsonObject object = owner.object(key);
        if (object == null) {
            return FeeDto.NONE;
        }
        JsonValues fee = owner.nested(object, owner.path(key));
        return new FeeDto(fee.text("text"), fee.number("amount"));
    }

    private static Set<StepAction> actions(JsonValues step) {
        JsonArray array = step.array("actions");
        Set<StepAction> actions = EnumSet.noneOf(StepAction.class);
        if (array == null) {
            return actions;
        }
        for (JsonValue value : array) {
            StepAction action = value instanceof JsonString s
                    ? step.code(s.getString(), StepAction.class, step.path("actions")) : null;
            if (action != null) {
                actions.add(action);
            } else if (!(value instanceof JsonString)) {
                step.code(value.toString(), StepAction.class, step.path("actions"));
            }
        }
        return actions;
    }

    private static <T> List<T> list(JsonValues owner, String key, Function<JsonValues, T> item) {
        JsonArray array = owner.array(key);
        List<T> items = new ArrayList<>();
        if (array == null) {
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = owner.path(key) + "[" + i + "]";
            if (array.get(i) instanceof JsonObject object) {
                items.add(item.apply(owner.nested(object, path)));
            } else {
                owner.notAnObject(path, array.get(i));
            }
        }
        return items;
    }
}

package vn.motcua.catalog.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import vn.motcua.catalog.boundary.ChannelOfferDto;
import vn.motcua.catalog.boundary.FeeDto;
import vn.motcua.catalog.boundary.FormTemplateDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a release in the JSON format that {@link JsonReleaseReader} reads; absent values are left out. */
final class JsonReleaseWriter {

    byte[] write(ReleaseDto release) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            json.writeStartObject().write("format", JsonReleaseReader.FORMAT);
            json.writeStartObject("release");
            text(json, "code", release.code());
            text(json, "name", release.name());
            text(json, "decisionNumber", release.decisionNumber());
            text(json, "decisionDate", release.decisionDate() == null ? null : release.decisionDate().toString());
            json.writeEnd().writeStartArray("procedures");
            release.procedures().forEach(p -> procedure(json, p));
            json.writeEnd().writeEnd();
        }
        return bytes.toByteArray();
    }

    private static void procedure(JsonGenerator json, ProcedureDto p) {
        json.writeStartObject();
        text(json, "code", p.code());
        text(json, "name", p.name());
        text(json, "field", p.field());
        text(json, "onlineLevel", p.onlineLevel() == null ? null : p.onlineLevel().name());
        text(json, "agency", p.agency());
        text(json, "applicants", p.applicants());
        text(json, "steps", p.steps());
        text(json, "conditions", p.conditions());
        text(json, "legalBasis", p.legalBasis());
        text(json, "result", p.result());
        term(json, "term", p.term());
        fee(json, p.fee());
        json.writeStartArray("channels");
        for (ChannelOfferDto channel : p.channels()) {
            json.writeStartObject().write("channel", channel.channel().name());
            term(json, "term", channel.term());
            fee(json, channel.fee());
            json.writeEnd();
        }
        json.writeEnd().writeStartArray("forms");
        for (FormTemplateDto form : p.forms()) {
            json.writeStartObject().write("code", form.code()).write("name", form.name()).writeEnd();
        }
        json.writeEnd().writeStartArray("documents");
        for (RequiredDocumentDto document : p.documents()) {
            json.writeStartObject();
            text(json, "name", document.name());
            text(json, "form", document.form() == null ? null : document.form().name());
            json.write("copies", document.copies());
            text(json, "condition", document.condition());
            text(json, "template", document.template());
            json.writeEnd();
        }
        json.writeEnd().writeStartArray("workflow");
        for (WorkflowStepDto step : p.workflow()) {
            json.writeStartObject();
            text(json, "name", step.name());
            text(json, "agency", step.agency());
            text(json, "role", step.role() == null ? null : step.role().name());
            number(json, "days", step.days());
            text(json, "parallelGroup", step.parallelGroup());
            json.writeStartArray("actions");
            step.actions().stream().sorted().forEach(a -> json.write(a.name()));
            json.writeEnd().writeEnd();
        }
        json.writeEnd().writeEnd();
    }

    private static void term(JsonGenerator json, String key, StatutoryTermDto term) {
        if (term == null) {
            return;
        }
        json.writeStartObject(key);
        text(json, "unit", term.unit() == null ? null : term.unit().name());
        number(json, "amount", term.amount());
        text(json, "cutOff", term.cutOff() == null ? null : term.cutOff().toString());
        json.writeEnd();
    }

    private static void fee(JsonGenerator json, FeeDto fee) {
        if (fee.isNone()) {
            return;
        }
        json.writeStartObject("fee");
        text(json, "text", fee.text());
        number(json, "amount", fee.amount());
        json.writeEnd();
    }

    private static void text(JsonGenerator json, String key, String value) {
        if (value != null) {
            json.write(key, value);
        }
    }

    /** Plain digits: a stripped 80000 would otherwise be written 8E+4. */
    private static void number(JsonGenerator json, String key, BigDecimal value) {
        if (value != null) {
            json.write(key, new BigDecimal(value.toPlainString()));
        }
    }
}

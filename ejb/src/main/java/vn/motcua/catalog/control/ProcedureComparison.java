package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.ChannelOfferDto;
import vn.motcua.catalog.boundary.FeeDto;
import vn.motcua.catalog.boundary.FormTemplateDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDiffDto.FieldChange;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.SearchText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Lists what differs between two versions of one procedure, value by value and as a person reads
 * it: documents are matched by name (a renumbered list is not a change of every item), workflow steps
 * by position, channels by channel.
 */
final class ProcedureComparison {

    private final List<FieldChange> changes = new ArrayList<>();

    private ProcedureComparison() {
    }

    static List<FieldChange> changes(ProcedureDto before, ProcedureDto after) {
        ProcedureComparison c = new ProcedureComparison();
        c.value("name", before.name(), after.name());
        c.value("field", before.field(), after.field());
        c.value("onlineLevel", CatalogVocabulary.label(before.onlineLevel()), CatalogVocabulary.label(after.onlineLevel()));
        c.value("agency", before.agency(), after.agency());
        c.value("applicants", before.applicants(), after.applicants());
        c.value("steps", before.steps(), after.steps());
        c.value("conditions", before.conditions(), after.conditions());
        c.value("legalBasis", before.legalBasis(), after.legalBasis());
        c.value("result", before.result(), after.result());
        c.value("term", CatalogVocabulary.formatTerm(before.term()), CatalogVocabulary.formatTerm(after.term()));
        c.fee("fee", before.fee(), after.fee());
        for (Channel channel : Channel.values()) {
            c.channel(channel, offer(before, channel), offer(after, channel));
        }
        c.value("forms", forms(before.forms()), forms(after.forms()));
        c.documents(before.documents(), after.documents());
        c.steps(before.workflow(), after.workflow());
        return List.copyOf(c.changes);
    }

    private void value(String path, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(path, before, after));
        }
    }

    private void fee(String path, FeeDto before, FeeDto after) {
        value(path + ".text", before.text(), after.text());
        value(path + ".amount", number(before.amount()), number(after.amount()));
    }

    private void channel(Channel channel, ChannelOfferDto before, ChannelOfferDto after) {
        String path = "channels." + channel.name();
        if (before == null || after == null) {
            value(path, before == null ? null : CatalogVocabulary.label(channel),
                    after == null ? null : CatalogVocabulary.label(channel));
            return;
        }
        value(path + ".term", CatalogVocabulary.formatTerm(before.term()), CatalogVocabulary.formatTerm(after.term()));
        fee(path + ".fee", before.fee(), after.fee());
    }

    private void documents(List<RequiredDocumentDto> before, List<RequiredDocumentDto> after) {
        List<RequiredDocumentDto> unmatched = new ArrayList<>(before);
        for (int j = 0; j < after.size(); j++) {
            RequiredDocumentDto now = after.get(j);
            RequiredDocumentDto then = unmatched.stream()
                    .filter(d -> SearchText.fold(d.name()).equals(SearchText.fold(now.name()))).findFirst().orElse(null);
            String path = "documents[" + j + "]";
            if (then == null) {
                value(path, null, now.name());
                continue;
            }
            unmatched.remove(then);
            value(path + ".name", then.name(), now.name());
            value(path + ".form", CatalogVocabulary.label(then.form()), CatalogVocabulary.label(now.form()));
            value(path + ".copies", String.valueOf(then.copies()), String.valueOf(now.copies()));
            value(path + ".condition", then.condition(), now.condition());
            value(path + ".template", then.template(), now.template());
        }
        for (RequiredDocumentDto gone : unmatched) {
            value("documents[" + before.indexOf(gone) + "]", gone.name(), null);
        }
    }

    private void steps(List<WorkflowStepDto> before, List<WorkflowStepDto> after) {
        for (int j = 0; j < Math.max(before.size(), after.size()); j++) {
            String path = "workflow[" + j + "]";
            WorkflowStepDto then = j < before.size() ? before.get(j) : null;
            WorkflowStepDto now = j < after.size() ? after.get(j) : null;
            if (then == null || now == null) {
                value(path, then == null ? null : then.name(), now == null ? null : now.name());
                continue;
            }
            value(path + ".name", then.name(), now.name());
            value(path + ".agency", then.agency(), now.agency());
            value(path + ".role", CatalogVocabulary.label(then.role()), CatalogVocabulary.label(now.role()));
            value(path + ".days", number(then.days()), number(now.days()));
            value(path + ".parallelGroup", then.parallelGroup(), now.parallelGroup());
            value(path + ".actions", actions(then), actions(now));
        }
    }

    private static ChannelOfferDto offer(ProcedureDto procedure, Channel channel) {
        return procedure.channels().stream().filter(c -> c.channel() == channel).findFirst().orElse(null);
    }

    private static String forms(List<FormTemplateDto> forms) {
        return forms.stream().map(f -> f.code() + " | " + f.name()).collect(Collectors.joining("\n"));
    }

    private static String actions(WorkflowStepDto step) {
        return step.actions().stream().sorted().map(CatalogVocabulary::label).collect(Collectors.joining(", "));
    }

    private static String number(BigDecimal value) {
        return value == null ? null : CatalogVocabulary.decimal(value);
    }
}

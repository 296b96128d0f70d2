package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.ChannelOfferDto;
import vn.motcua.catalog.boundary.FeeDto;
import vn.motcua.catalog.boundary.FormTemplateDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.ChannelOffer;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.Field;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureDescription;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.StatutoryTerm;
import vn.motcua.catalog.entity.WorkflowStep;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Turns a validated release into a draft's entities, and stored procedures back into records. */
public final class ReleaseAssembler {

    private ReleaseAssembler() {
    }

    /** Builds the draft; the release must have passed {@link ReleaseValidator} with these fields. */
    public static CatalogRelease draft(ReleaseDto release, Map<String, Field> fields, Instant importedAt) {
        CatalogRelease draft = new CatalogRelease(release.code(), release.name(), release.decisionNumber(),
                release.decisionDate(), importedAt);
        for (ProcedureDto p : release.procedures()) {
            Procedure procedure = draft.include(p.code(), p.name(), fields.get(p.field()), p.onlineLevel(), p.agency(),
                    new ProcedureDescription(p.applicants(), p.steps(), p.conditions(), p.legalBasis(), p.result()),
                    term(p.term()), fee(p.fee()));
            for (ChannelOfferDto offer : p.channels()) {
                procedure.offerThrough(offer.channel(), term(offer.term()), fee(offer.fee()));
            }
            for (FormTemplateDto form : p.forms()) {
                procedure.provideForm(form.code(), form.name());
            }
            for (RequiredDocumentDto d : p.documents()) {
                procedure.require(d.name(), d.form(), d.copies(), d.condition(), d.template());
            }
            for (WorkflowStepDto s : p.workflow()) {
                procedure.addStep(s.name(), s.agency(), s.role(), s.days(), s.parallelGroup(), s.actions());
            }
        }
        return draft;
    }

    public static ReleaseDto toDto(CatalogRelease release, List<Procedure> procedures) {
        return new ReleaseDto(release.getCode(), release.getName(), release.getDecisionNumber(),
                release.getDecisionDate(), procedures.stream().map(ReleaseAssembler::toDto).toList());
    }

    public static ProcedureDto toDto(Procedure p) {
        ProcedureDescription d = p.getDescription();
        return new ProcedureDto(p.getCode(), p.getName(), p.getField().getCode(), p.getOnlineLevel(), p.getAgencyCode(),
                d.getApplicants(), d.getSteps(), d.getConditions(), d.getLegalBasis(), d.getResult(),
                toDto(p.getTerm()), toDto(p.getFee()),
                p.getChannels().stream().map(ReleaseAssembler::toDto).toList(),
                p.getForms().stream().map(f -> new FormTemplateDto(f.getCode(), f.getName())).toList(),
                p.getDocuments().stream().map(ReleaseAssembler::toDto).toList(),
                p.getWorkflow().getSteps().stream().map(ReleaseAssembler::toDto).toList());
    }

    private static ChannelOfferDto toDto(ChannelOffer offer) {
        return new ChannelOfferDto(offer.getChannel(), toDto(offer.getTerm()), toDto(offer.getFee()));
    }

    private static RequiredDocumentDto toDto(RequiredDocument d) {
        return new RequiredDocumentDto(d.getName(), d.getForm(), d.getCopies(), d.getCondition(), d.getTemplateCode());
    }

    private static WorkflowStepDto toDto(WorkflowStep s) {
        return new WorkflowStepDto(s.getName(), s.getAgencyCode(), s.getRole(), s.getBudgetDays(),
                s.getParallelGroup(), s.allowedActions());
    }

    public static StatutoryTermDto toDto(StatutoryTerm term) {
        return new StatutoryTermDto(term.getUnit(), term.getAmount(), term.getCutOff());
    }

    private static FeeDto toDto(Fee fee) {
        return new FeeDto(fee.getText(), fee.getAmount());
    }

    private static StatutoryTerm term(StatutoryTermDto term) {
        return new StatutoryTerm(term.unit(), term.amount(), term.cutOff());
    }

    private static Fee fee(FeeDto fee) {
        return fee.isNone() ? null : new Fee(fee.text(), fee.amount());
    }
}

package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.ChannelOfferDto;
import vn.motcua.catalog.boundary.FeeDto;
import vn.motcua.catalog.boundary.FormTemplateDto;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.FormTemplateReference;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureDescription;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.StatutoryTerm;
import vn.motcua.catalog.entity.TermUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a release read from a file before anything is stored. The elements a published procedure
 * must state follow Decree 63/2010/NĐ-CP Art. 8 (name, steps, channels, documents, term, applicants,
 * agency, result) and Circular 02/2017/TT-VPCP (legal basis); limits are the columns' lengths.
 */
public final class ReleaseValidator {

    private static final Pattern RELEASE_CODE = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final BigDecimal MAX_FEE = new BigDecimal("999999999999999");

    private final Set<String> knownFields;
    private final Predicate<String> releaseCodeTaken;

    public ReleaseValidator(Set<String> knownFields, Predicate<String> releaseCodeTaken) {
        this.knownFields = Set.copyOf(knownFields);
        this.releaseCodeTaken = releaseCodeTaken;
    }

    public void validate(ReleaseDto release, ProblemLog log) {
        TextChecks header = new TextChecks(log, ProblemLog.RELEASE);
        header.code("release.code", release.code(), CatalogRelease.CODE_LENGTH, RELEASE_CODE, "QD-1234-2025");
        if (release.code() != null && releaseCodeTaken.test(release.code())) {
            header.add("release.code", "catalog.release.codeTaken", release.code());
        }
        header.text("release.name", release.name(), true, CatalogRelease.NAME_LENGTH);
        header.text("release.decisionNumber", release.decisionNumber(), true, CatalogRelease.DECISION_NUMBER_LENGTH);
        header.present("release.decisionDate", release.decisionDate());
        header.present("procedures", release.procedures());
        Map<String, Integer> firstByCode = new HashMap<>();
        for (int i = 0; i < release.procedures().size(); i++) {
            ProcedureDto procedure = release.procedures().get(i);
            TextChecks t = new TextChecks(log, i);
            if (procedure.code() != null) {
                Integer first = firstByCode.putIfAbsent(procedure.code(), i);
                if (first != null) {
                    t.add("code", "catalog.procedure.duplicateCode", procedure.code(), log.rowOf(first));
                }
            }
            procedure(procedure, t);
        }
    }

    private void procedure(ProcedureDto p, TextChecks t) {
        t.code("code", p.code(), Procedure.CODE_LENGTH, Procedure.CODE, "1.000948.H38");
        t.text("name", p.name(), true, Procedure.NAME_LENGTH);
        if (t.present("field", p.field()) && !knownFields.contains(p.field())) {
            t.add("field", "catalog.field.unknown", p.field());
        }
        t.present("onlineLevel", p.onlineLevel());
        t.code("agency", p.agency(), Procedure.AGENCY_LENGTH, WorkflowRules.AGENCY_CODE, "000.03.19.H21");
        t.text("applicants", p.applicants(), true, ProcedureDescription.APPLICANTS_LENGTH);
        t.text("steps", p.steps(), true, ProcedureDescription.STEPS_LENGTH);
        t.text("conditions", p.conditions(), false, ProcedureDescription.CONDITIONS_LENGTH);
        t.text("legalBasis", p.legalBasis(), true, ProcedureDescription.LEGAL_BASIS_LENGTH);
        t.text("result", p.result(), true, ProcedureDescription.RESULT_LENGTH);
        BigDecimal termDays = term("term", p.term(), t);
        fee("fee", p.fee(), t);
        List<BigDecimal> channelDays = new ArrayList<>();
        Set<Channel> offered = EnumSet.noneOf(Channel.class);
        if (t.present("channels", p.channels())) {
            for (int k = 0; k < p.channels().size(); k++) {
                ChannelOfferDto offer = p.channels().get(k);
                String path = "channels[" + k + "]";
                if (t.present(path + ".channel", offer.channel()) && !offered.add(offer.channel())) {
                    t.add(path + ".channel", "catalog.procedure.duplicateChannel", CatalogVocabulary.label(offer.channel()));
                }
                channelDays.add(term(path + ".term", offer.term(), t));
                fee(path + ".fee", offer.fee(), t);
            }
        }
        Set<String> formCodes = forms(p.forms(), t);
        if (t.present("documents", p.documents())) {
            for (int j = 0; j < p.documents().size(); j++) {
                document("documents[" + j + "]", p.documents().get(j), formCodes, t);
            }
        }
        WorkflowRules.check(p.workflow(), termDays, channelDays, t);
    }

    /** Checks a term and returns its length in working days, or null when it is not usable. */
    private static BigDecimal term(String path, StatutoryTermDto term, TextChecks t) {
        if (!t.present(path, term) || !t.present(path + ".unit", term.unit())
                || term.unit() != TermUnit.SAME_DAY && !t.present(path + ".amount", term.amount())) {
            return null;
        }
        try {
            return new StatutoryTerm(term.unit(), term.amount(), term.cutOff()).inWorkingDays();
        } catch (IllegalArgumentException e) {
            t.add(path, "catalog.term.invalid", CatalogVocabulary.formatTerm(term));
            return null;
        }
    }

    private static void fee(String path, FeeDto fee, TextChecks t) {
        t.text(path + ".text", fee.text(), false, Fee.TEXT_LENGTH);
        BigDecimal amount = fee.amount();
        if (amount != null && (amount.signum() < 0 || amount.scale() > 0 || amount.compareTo(MAX_FEE) > 0)) {
            t.add(path + ".amount", "catalog.value.badFee", amount);
        }
    }

    private static Set<String> forms(List<FormTemplateDto> forms, TextChecks t) {
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < forms.size(); j++) {
            String path = "forms[" + j + "]";
            t.text(path + ".code", forms.get(j).code(), true, FormTemplateReference.CODE_LENGTH);
            t.text(path + ".name", forms.get(j).name(), true, FormTemplateReference.NAME_LENGTH);
            if (forms.get(j).code() != null && !codes.add(forms.get(j).code())) {
                t.add(path + ".code", "catalog.procedure.duplicateForm", forms.get(j).code());
            }
        }
        return codes;
    }

    private static void document(String path, RequiredDocumentDto d, Set<String> formCodes, TextChecks t) {
        t.text(path + ".name", d.name(), true, RequiredDocument.NAME_LENGTH);
        t.present(path + ".form", d.form());
        if (d.copies() < 1 || d.copies() > RequiredDocument.MAX_COPIES) {
            t.add(path + ".copies", "catalog.value.outOfRange", d.copies(), 1, RequiredDocument.MAX_COPIES);
        }
        t.text(path + ".condition", d.condition(), false, RequiredDocument.CONDITION_LENGTH);
        t.text(path + ".template", d.template(), false, FormTemplateReference.CODE_LENGTH);
        if (d.template() != null && !formCodes.contains(d.template())) {
            t.add(path + ".template", "catalog.procedure.unknownForm", d.template());
        }
    }
}

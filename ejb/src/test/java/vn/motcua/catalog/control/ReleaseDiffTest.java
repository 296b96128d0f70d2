package vn.motcua.catalog.control;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDiffDto;
import vn.motcua.catalog.boundary.ReleaseDiffDto.FieldChange;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.boundary.WorkflowStepDto;
import vn.motcua.catalog.entity.TermUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseDiffTest {

    private static ProcedureDto withCode(ProcedureDto p, String code) {
        return new ProcedureDto(code, p.name(), p.field(), p.onlineLevel(), p.agency(), p.applicants(), p.steps(),
                p.conditions(), p.legalBasis(), p.result(), p.term(), p.fee(), p.channels(), p.forms(), p.documents(),
                p.workflow());
    }

    private static ProcedureDto changed(ProcedureDto p, StatutoryTermDto term, List<RequiredDocumentDto> documents,
                                        List<WorkflowStepDto> workflow) {
        return new ProcedureDto(p.code(), p.name(), p.field(), p.onlineLevel(), p.agency(), p.applicants(), p.steps(),
                p.conditions(), p.legalBasis(), p.result(), term, p.fee(), p.channels(), p.forms(), documents, workflow);
    }

    @Test
    void namesWhatANewReleaseAddsWithdrawsAndChangesFieldByField() {
        ReleaseDto inForce = CatalogFixtures.demo();
        List<ProcedureDto> next = new ArrayList<>(inForce.procedures());
        ProcedureDto withdrawn = next.remove(23);
        next.add(withCode(next.get(0), "1.099999.H21"));
        ProcedureDto transfer = next.get(3);
        next.set(3, changed(transfer, new StatutoryTermDto(TermUnit.WORKING_DAYS, new BigDecimal("8"), null),
                transfer.documents(), transfer.workflow()));
        ProcedureDto first = next.get(4);
        List<RequiredDocumentDto> documents = new ArrayList<>(first.documents());
        RequiredDocumentDto d = documents.get(1);
        documents.set(1, new RequiredDocumentDto(d.name(), d.form(), 2, d.condition(), d.template()));
        documents.remove(3);
        List<WorkflowStepDto> steps = new ArrayList<>(first.workflow());
        WorkflowStepDto s = steps.get(1);
        steps.set(1, new WorkflowStepDto(s.name(), s.agency(), s.role(), new BigDecimal("7.5"), s.parallelGroup(),
                s.actions()));
        next.set(4, changed(first, first.term(), documents, steps));

        ReleaseDiffDto diff = ReleaseDiff.between(inForce,
                new ReleaseDto("GL-2026", "Mới", "1/QĐ-UBND", inForce.decisionDate(), next));

        assertEquals("GL-CHUSE-2025-01", diff.baseRelease());
        assertEquals(List.of(new ReleaseDiffDto.ProcedureRef("1.099999.H21", next.get(0).name())), diff.added());
        assertEquals(List.of(new ReleaseDiffDto.ProcedureRef(withdrawn.code(), withdrawn.name())), diff.withdrawn());
        assertEquals(2, diff.changed().size());
        assertEquals(21, diff.unchanged());
        assertEquals(List.of(new FieldChange("term", "10 ngày làm việc", "8 ngày làm việc")),
                diff.changed().get(0).changes());
        List<FieldChange> firstChanges = diff.changed().get(1).changes();
        assertTrue(firstChanges.contains(new FieldChange("documents[1].copies", "1", "2")), firstChanges::toString);
        assertTrue(firstChanges.contains(new FieldChange("documents[3]", first.documents().get(3).name(), null)));
        assertTrue(firstChanges.contains(new FieldChange("workflow[1].days", "8", "7,5")));
        assertEquals(3, firstChanges.size());
    }

    @Test
    void withNoReleaseInForceEverythingIsNew() {
        ReleaseDiffDto diff = ReleaseDiff.between(null, CatalogFixtures.demo());
        assertEquals(24, diff.added().size());
        assertEquals(0, diff.unchanged());
    }
}

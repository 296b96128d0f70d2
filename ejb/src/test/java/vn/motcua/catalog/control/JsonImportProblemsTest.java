package vn.motcua.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.boundary.CatalogProblemDto;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.catalog.control.CatalogFixtures.hasProblem;

class JsonImportProblemsTest {

    private static List<CatalogProblemDto> problemsAfter(UnaryOperator<JsonPatchBuilder> changes) {
        JsonObject demo;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(CatalogFixtures.resource("demo-release.json")))) {
            demo = reader.readObject();
        }
        JsonObject patched = changes.apply(Json.createPatchBuilder()).build().apply(demo);
        ReleaseImport.Checked checked = CatalogFixtures.check("x.json", patched.toString().getBytes(StandardCharsets.UTF_8));
        assertFalse(checked.accepted());
        assertNull(checked.release(), "nothing of a file with problems is kept");
        return checked.problems();
    }

    @Test
    void listsEveryProblemOfTheFileWithItsProcedureAndPath() {
        List<CatalogProblemDto> problems = problemsAfter(p -> p
                .replace("/procedures/1/field", "KHONG_CO")
                .replace("/procedures/2/code", "1.000948.H21")
                .replace("/procedures/3/workflow/1/days", 50)
                .replace("/procedures/4/name", "<script>alert(1)</script>")
                .replace("/procedures/5/documents/0/template", "KHONG-CO")
                .remove("/procedures/6/legalBasis")
                .add("/procedures/7/workflow/1/parallelGroup", "X")
                .replace("/procedures/8/documents/0/copies", 0)
                .replace("/procedures/9/name", "x".repeat(501)));
        assertTrue(hasProblem(problems, "catalog.field.unknown", 2, "field"), problems::toString);
        assertTrue(hasProblem(problems, "catalog.procedure.duplicateCode", 3, "code"));
        assertTrue(hasProblem(problems, "catalog.workflow.overBudget", 4, "workflow"));
        assertTrue(hasProblem(problems, "catalog.value.markup", 5, "name"));
        assertTrue(hasProblem(problems, "catalog.procedure.unknownForm", 6, "documents[0].template"));
        assertTrue(hasProblem(problems, "catalog.value.required", 7, "legalBasis"));
        assertTrue(hasProblem(problems, "catalog.workflow.groupSingle", 8, "workflow[1].parallelGroup"));
        assertTrue(hasProblem(problems, "catalog.value.outOfRange", 9, "documents[0].copies"));
        assertTrue(hasProblem(problems, "catalog.value.tooLong", 10, "name"));
        assertEquals(List.of("1.000948.H21", "1"), problems.stream()
                .filter(p -> p.messageKey().equals("catalog.procedure.duplicateCode")).findFirst().orElseThrow().args());
    }

    @Test
    void aWorkflowLongerThanAChannelsTermIsReportedOnThatChannel() {
        List<CatalogProblemDto> problems = problemsAfter(p -> p
                .replace("/procedures/3/channels/2/term/amount", 5));
        assertTrue(hasProblem(problems, "catalog.workflow.overBudget", 4, "channels[2].term"), problems::toString);
        assertEquals(1, problems.size());
    }

    @Test
    void parallelGroupsMustBeOneRunAndEveryStepReachable() {
        List<CatalogProblemDto> problems = problemsAfter(p -> p
                .add("/procedures/4/workflow/1/parallelGroup", "A")
                .add("/procedures/4/workflow/2/parallelGroup", "A")
                .add("/procedures/4/workflow/4/parallelGroup", "A")
                .replace("/procedures/5/workflow/1/actions", Json.createArrayBuilder().add("RETURN").build())
                .replace("/procedures/6/workflow/1/role", "ADMIN"));
        assertTrue(hasProblem(problems, "catalog.workflow.groupSplit", 5, "workflow[4].parallelGroup"),
                problems::toString);
        assertTrue(hasProblem(problems, "catalog.workflow.unreachable", 6, "workflow[2]"));
        assertTrue(hasProblem(problems, "catalog.workflow.unreachable", 6, "workflow[3]"));
        assertTrue(hasProblem(problems, "catalog.workflow.roleNotActing", 7, "workflow[1].role"));
    }

    @Test
    void valuesOfTheWrongKindAreNamedOnce() {
        List<CatalogProblemDto> problems = problemsAfter(p -> p
                .replace("/procedures/0/documents/0/copies", "một")
                .replace("/procedures/0/term/unit", "WEEKS")
                .replace("/procedures/1/term/cutOff", "3 giờ chiều")
                .replace("/release/decisionDate", "15/01/2025")
                .replace("/format", "motcua-catalog/9"));
        assertTrue(hasProblem(problems, "catalog.value.wrongType", 1, "documents[0].copies"), problems::toString);
        assertTrue(hasProblem(problems, "catalog.value.unknownCode", 1, "term.unit"));
        assertTrue(hasProblem(problems, "catalog.value.notTime", 2, "term.cutOff"));
        assertTrue(hasProblem(problems, "catalog.value.notDate", 0, "release.decisionDate"));
        assertTrue(hasProblem(problems, "catalog.file.unsupportedVersion", 0, "format"));
        assertEquals(1, problems.stream().filter(p -> p.row() == 1 && p.column().equals("term.unit")).count());
    }

    @Test
    void refusesFilesThatAreNotUtf8() {
        byte[] latin1 = "{\"format\": \"motcua-catalog/1\",\n \"release\": {\"name\": \"Hà Nội\"}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        ReleaseImport.Checked checked = CatalogFixtures.check("bo-thu-tuc.json", latin1);
        assertEquals("catalog.file.notUtf8", checked.problems().get(0).messageKey());
        assertEquals(2, checked.problems().get(0).row());
        byte[] utf16 = "{\"format\": \"motcua-catalog/1\"}".getBytes(StandardCharsets.UTF_16);
        assertEquals("catalog.file.notUtf8", CatalogFixtures.check("a.json", utf16).problems().get(0).messageKey());
    }

    @Test
    void reportsWhereTheJsonIsBroken() {
        byte[] broken = "{\n  \"format\": \"motcua-catalog/1\",\n  \"release\": {\"code\": \"A\",,}\n}"
                .getBytes(StandardCharsets.UTF_8);
        CatalogProblemDto problem = CatalogFixtures.check("a.json", broken).problems().get(0);
        assertEquals("catalog.file.jsonSyntax", problem.messageKey());
        assertEquals(3, problem.row());
    }

    @Test
    void refusesEmptyOversizedAndUnknownFiles() {
        assertEquals("catalog.file.empty", CatalogFixtures.check("a.json", new byte[0]).problems().get(0).messageKey());
        assertEquals("catalog.file.tooLarge", CatalogFixtures.check("a.json", new byte[ReleaseFiles.MAX_BYTES + 1])
                .problems().get(0).messageKey());
        assertEquals("catalog.file.unknownFormat", CatalogFixtures.check("a.txt", "Thủ tục".getBytes(StandardCharsets.UTF_8))
                .problems().get(0).messageKey());
        assertEquals("catalog.value.required", CatalogFixtures.check("a.json", "{}".getBytes(StandardCharsets.UTF_8))
                .problems().get(0).messageKey());
    }

    @Test
    void aReleaseCodeMayBeImportedOnlyOnce() {
        byte[] demo = CatalogFixtures.resource("demo-release.json");
        ReleaseImport.Checked checked = new ReleaseImport(CatalogFixtures.FIELDS, "GL-CHUSE-2025-01"::equals)
                .check("demo-release.json", demo);
        assertTrue(hasProblem(checked.problems(), "catalog.release.codeTaken", 0, "release.code"));
    }
}

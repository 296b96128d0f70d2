package vn.motcua.catalog.control;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.boundary.ProcedureDto;
import vn.motcua.catalog.boundary.ReleaseDto;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.TermUnit;
import vn.motcua.identity.entity.Role;

import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoReleaseTest {

    @Test
    void theDemoReleaseHoldsTwentyFourValidProceduresOfTheSeedOfficesFields() {
        ReleaseDto demo = CatalogFixtures.demo();
        assertEquals(24, demo.procedures().size());
        Map<String, Long> byField = demo.procedures().stream()
                .collect(Collectors.groupingBy(ProcedureDto::field, Collectors.counting()));
        assertEquals(10, byField.get("DAT_DAI"));
        assertEquals(CatalogFixtures.FIELDS, byField.keySet());
    }

    @Test
    void securedTransactionsAreDoneTheSameDayWhenReceivedBeforeThree() {
        Map<String, ProcedureDto> byName = CatalogFixtures.demo().procedures().stream()
                .collect(Collectors.toMap(ProcedureDto::name, Function.identity()));
        StatutoryTermDto sameDay = new StatutoryTermDto(TermUnit.SAME_DAY, null, LocalTime.of(15, 0));
        for (String name : new String[]{"Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất"}) {
            ProcedureDto procedure = byName.get(name);
            assertEquals(sameDay, procedure.term(), name);
            assertTrue(procedure.channels().stream().allMatch(c -> c.term().equals(sameDay)), name);
        }
    }

    @Test
    void everyWorkflowStartsAndEndsAtTheDeskWithASpecialistAndALeaderBetween() {
        for (ProcedureDto procedure : CatalogFixtures.demo().procedures()) {
            var steps = procedure.workflow();
            assertEquals("000.01.19.H21", steps.get(0).agency(), procedure.code());
            assertEquals(Role.RECEPTION, steps.get(0).role(), procedure.code());
            assertEquals(Role.RECEPTION, steps.get(steps.size() - 1).role(), procedure.code());
            assertTrue(steps.stream().anyMatch(s -> s.role() == Role.SPECIALIST), procedure.code());
            assertTrue(steps.stream().anyMatch(s -> s.role() == Role.LEADER), procedure.code());
            assertTrue(procedure.channels().stream().anyMatch(c -> c.channel() == Channel.IN_PERSON));
        }
    }

    @Test
    void theExampleFileIsValidToo() {
        ReleaseImport.Checked checked = CatalogFixtures.check("example-release.json",
                CatalogFixtures.resource("example-release.json"));
        assertTrue(checked.accepted(), checked.problems()::toString);
        assertEquals(1, checked.release().procedures().size());
    }
}

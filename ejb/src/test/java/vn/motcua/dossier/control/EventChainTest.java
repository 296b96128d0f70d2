package vn.motcua.dossier.control;

import org.junit.jupiter.api.Test;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.Field;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureDescription;
import vn.motcua.catalog.entity.StatutoryTerm;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierCode;
import vn.motcua.dossier.entity.DossierEvent;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.identity.entity.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventChainTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00.123456Z");

    private final EventChain chain = new EventChain();

    static Dossier dossier() {
        CatalogRelease release = new CatalogRelease("QD-1", "Bộ thủ tục", "1/QĐ-UBND", LocalDate.of(2026, 1, 1), AT);
        Procedure procedure = release.include("1.001234.H21", "Chứng thực bản sao", new Field("CHUNG_THUC", "Chứng thực"),
                OnlineLevel.PARTIAL, "000.01.19.H21", new ProcedureDescription("Cá nhân", "Nộp tại Một cửa", null,
                        "Nghị định 23/2015/NĐ-CP", "Bản sao"), StatutoryTerm.workingDays("1"), new Fee(null, null));
        procedure.addStep("Tiếp nhận", "000.01.19.H21", Role.RECEPTION, BigDecimal.ONE, null,
                EnumSet.of(StepAction.FORWARD));
        procedure.addStep("Ký", "000.01.19.H21", Role.LEADER, BigDecimal.ONE, null, EnumSet.of(StepAction.APPROVE));
        Agency desk = new Agency("000.01.19.H21", "Một cửa", AgencyKind.ONE_STOP_DESK, null, LocalDate.of(2025, 7, 1));
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, "Trần Thị Bình", Applicant.IdKind.CITIZEN_ID,
                "079301001234");
        return Dossier.receive(new DossierCode("000.01.19.H21-260302-0002"), procedure, desk, Channel.ONLINE,
                applicant, null, AT, AT.plusSeconds(86_400), LookupPin.of("135790", new byte[32]), 1, "Nộp trực tuyến");
    }

    private List<DossierEvent> journalOfFour() {
        Dossier dossier = dossier();
        List<DossierEvent> events = new ArrayList<>(chain.append(null, dossier, dossier.takeTransitions(), "tiepnhan", null));
        dossier.forward(1, "Chuyển ký", AT.plusSeconds(60));
        dossier.approve(2, "Đã ký", AT.plusSeconds(120));
        events.addAll(chain.append(events.get(0), dossier, dossier.takeTransitions(), "lanhdao", "17,18"));
        return events;
    }

    private static void overwrite(Object target, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = DossierEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void anUntouchedJournalIsIntactAndLinked() {
        List<DossierEvent> events = journalOfFour();
        assertEquals(List.of(1, 2, 3, 4), events.stream().map(DossierEvent::getSequence).toList());
        assertEquals(DossierEvent.GENESIS, events.get(0).getPreviousHash());
        assertEquals(events.get(2).getHash(), events.get(3).getPreviousHash());
        assertTrue(chain.verify(events).intact());
    }

    @Test
    void anAlteredNoteIsReported() throws ReflectiveOperationException {
        List<DossierEvent> events = journalOfFour();
        overwrite(events.get(1), "note", "Chuyển ký (sửa)");
        assertEquals(new EventChain.Report(List.of(2), List.of()), chain.verify(events));
    }

    @Test
    void anEventRewrittenWithAFreshHashIsReportedByItsSuccessor() throws ReflectiveOperationException {
        List<DossierEvent> events = journalOfFour();
        overwrite(events.get(1), "actor", "nguoikhac");
        overwrite(events.get(1), "hash", events.get(1).computeHash());
        assertEquals(new EventChain.Report(List.of(2), List.of()), chain.verify(events));
    }

    @Test
    void deletedEventsAreReportedMissingEvenTheLast() {
        List<DossierEvent> events = journalOfFour();
        events.remove(2);
        assertEquals(new EventChain.Report(List.of(), List.of(3)), chain.verify(events));
        events.remove(2);
        assertEquals(List.of(3, 4), chain.verify(events).missing());
    }

    @Test
    void transitionsMustFollowTheLastEvent() {
        Dossier dossier = dossier();
        dossier.takeTransitions();
        dossier.forward(1, null, AT.plusSeconds(1));
        assertThrows(IllegalStateException.class, () -> chain.append(null, dossier, dossier.takeTransitions(), "a", null));
    }
}

package vn.motcua.dossier.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.motcua.calendar.entity.Timeliness;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.dossier.entity.Dossiers.DUE;
import static vn.motcua.dossier.entity.Dossiers.at;

class DossierTest {

    private final Dossier dossier = Dossiers.received();

    private static void refused(String messageKey, Executable change) {
        assertEquals(messageKey, assertThrows(DossierRuleException.class, change).getMessageKey());
    }

    private void throughApproval() {
        dossier.forward(1, null, at(10));
        dossier.forward(2, null, at(20));
        dossier.forward(3, null, at(30));
        dossier.approve(4, "Đồng ý", at(40));
    }

    @Test
    void receptionOpensTheFirstStepAndRecordsTheFirstEvent() {
        assertEquals(DossierStatus.RECEIVED, dossier.getStatus());
        assertEquals(Set.of(1), dossier.getOpenSteps());
        assertEquals(DUE, dossier.getStatutoryDueAt());
        List<DossierTransition> recorded = dossier.takeTransitions();
        assertEquals(1, recorded.size());
        assertEquals(new DossierTransition(1, DossierAction.RECEIVE, null, DossierStatus.RECEIVED, 1, null,
                Dossiers.RECEIVED), recorded.get(0));
        assertTrue(dossier.takeTransitions().isEmpty(), "handed over once");
    }

    @Test
    void aDossierReceivedWithoutACodeGetsItsNumberOnceAndBeforeItsJournal() {
        Dossier pending = Dossier.receive(null, dossier.getProcedure(), dossier.getDesk(), dossier.getChannel(),
                dossier.getApplicant(), null, Dossiers.RECEIVED, DUE, dossier.getPin(), 1, null);
        assertTrue(pending.getCode().value().startsWith("pending-"), pending.getCode().value());
        DossierCode code = new DossierCode("000.01.19.H21-260302-0007");
        pending.assignCode(code);
        assertEquals(code, pending.getCode());
        assertThrows(IllegalStateException.class, () -> pending.assignCode(new DossierCode("000.01.19.H21-260302-0008")));
        assertThrows(IllegalStateException.class, () -> dossier.assignCode(code), "received with its code");

        Dossier journaled = Dossier.receive(null, dossier.getProcedure(), dossier.getDesk(), dossier.getChannel(),
                dossier.getApplicant(), null, Dossiers.RECEIVED, DUE, dossier.getPin(), 1, null);
        journaled.takeTransitions();
        assertThrows(IllegalStateException.class, () -> journaled.assignCode(code), "its first event hashed the stand-in");
    }

    @Test
    void parallelStepsJoinBeforeTheNextStageOpens() {
        dossier.forward(1, null, at(10));
        assertEquals(DossierStatus.IN_PROGRESS, dossier.getStatus());
        assertEquals(Set.of(2, 3), dossier.getOpenSteps());
        dossier.forward(3, null, at(20));
        assertEquals(Set.of(2), dossier.getOpenSteps(), "tax is done, the land office is not");
        dossier.forward(2, null, at(30));
        assertEquals(Set.of(4), dossier.getOpenSteps());
        assertEquals(4, dossier.getCurrentStep());
    }

    @Test
    void onlyOpenStepsAndTheirOwnActionsMayAct() {
        refused("dossier.stepNotOpen", () -> dossier.forward(2, null, at(5)));
        dossier.forward(1, null, at(10));
        dossier.forward(2, null, at(20));
        refused("dossier.stepNotOpen", () -> dossier.forward(2, null, at(25)));
        dossier.forward(3, null, at(30));
        refused("dossier.actionNotAllowedAtStep", () -> dossier.forward(4, null, at(35)));
        refused("dossier.actionNotAllowedAtStep", () -> Dossiers.received().approve(1, null, at(1)));
    }

    @Test
    void approvalThenReturnClassifiesTheDossier() {
        throughApproval();
        assertEquals(at(40), dossier.getDecidedAt());
        assertEquals(Set.of(5), dossier.getOpenSteps());
        dossier.forward(5, "Kết quả đã về Bộ phận Một cửa", at(50));
        assertTrue(dossier.getOpenSteps().isEmpty());
        assertEquals(DossierStatus.READY_FOR_RETURN, dossier.getStatus());
        refused("dossier.return.identityNotChecked",
                () -> dossier.returnResult("Nguyễn Văn An", false, at(60), Timeliness.EARLY));
        assertThrows(IllegalArgumentException.class,
                () -> dossier.returnResult("Nguyễn Văn An", true, at(60), Timeliness.WITHIN_DEADLINE));
        dossier.returnResult("Nguyễn Văn An", true, at(60), Timeliness.EARLY);
        assertEquals(DossierStatus.RETURNED, dossier.getStatus());
        assertEquals(Timeliness.EARLY, dossier.getTimeliness());
        assertEquals(at(60), dossier.getFinishedAt());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), dossier.takeTransitions().stream()
                .map(DossierTransition::sequence).toList());
        assertEquals(7, dossier.getEventCount());
    }

    @Test
    void aReturnedDossierRefusesEveryFurtherChange() {
        throughApproval();
        dossier.forward(5, null, at(50));
        dossier.returnResult("Nguyễn Văn An", true, at(60), Timeliness.ON_TIME);
        for (Executable change : List.<Executable>of(() -> dossier.forward(5, null, at(70)),
                () -> dossier.requestSupplement(5, List.of("Bản sao"), "Thiếu", at(70)),
                () -> dossier.refuse(5, List.of("Sai"), at(70)), () -> dossier.stopOnRequest("Rút", at(70)),
                () -> dossier.apologise(DUE.plusSeconds(86_400), at(70), true),
                () -> dossier.approve(5, null, at(70)), () -> dossier.returnToStep(5, 1, "Lại", at(70)),
                () -> dossier.returnResult("A", true, at(70), Timeliness.LATE))) {
            DossierRuleException e = assertThrows(DossierRuleException.class, change);
            assertEquals("dossier.transitionNotAllowed", e.getMessageKey());
            assertEquals("RETURNED", e.getArguments()[0]);
        }
    }

    @Test
    void returnToAnEarlierStepReopensOnlyThatStep() {
        dossier.forward(1, null, at(10));
        refused("dossier.actionNotAllowedAtStep", () -> dossier.returnToStep(3, 1, "x", at(15)));
        dossier.forward(2, null, at(20));
        dossier.forward(3, null, at(30));
        refused("dossier.returnToStep.notEarlier", () -> dossier.returnToStep(4, 4, "Lại", at(35)));
        refused("dossier.reasonRequired", () -> dossier.returnToStep(4, 2, " ", at(35)));
        refused("dossier.stepNotOpen", () -> dossier.returnToStep(5, 2, "x", at(35)));
        dossier.returnToStep(4, 2, "Thiếu trích đo", at(40));
        assertEquals(Set.of(2), dossier.getOpenSteps());
        dossier.forward(2, null, at(50));
        assertEquals(Set.of(4), dossier.getOpenSteps(), "the parallel partner already finished");
        refused("dossier.transitionNotAllowed", () -> Dossiers.received().returnToStep(1, 1, "x", at(1)));
    }

    @Test
    void aSupplementPausesTheClockAndItsArrivalResumesWithNewDues() {
        dossier.forward(1, null, at(10));
        refused("dossier.supplement.itemsRequired", () -> dossier.requestSupplement(2, List.of(), "Thiếu", at(20)));
        refused("dossier.actionNotAllowedAtStep",
                () -> dossier.requestSupplement(3, List.of("Bản sao CCCD"), "Hồ sơ thiếu", at(20)));
        dossier.requestSupplement(2, List.of("Bản sao CCCD", "Sơ đồ thửa đất"), "Hồ sơ thiếu", at(20));
        assertEquals(DossierStatus.AWAITING_SUPPLEMENT, dossier.getStatus());
        assertEquals(at(20), dossier.getClock().getPausedAt());
        refused("dossier.transitionNotAllowed", () -> dossier.forward(2, null, at(25)));
        refused("dossier.transitionNotAllowed", () -> dossier.apologise(DUE.plusSeconds(1), at(25), true));
        refused("dossier.supplement.beforeRequest", () -> dossier.supplementReceived(at(19), DUE, DUE));
        Instant later = DUE.plusSeconds(3 * 86_400);
        dossier.supplementReceived(at(3_000), later, later);
        assertEquals(DossierStatus.IN_PROGRESS, dossier.getStatus());
        assertNull(dossier.getClock().getPausedAt());
        assertEquals(later, dossier.getAppointmentAt());
        assertEquals(later, dossier.getStatutoryDueAt());
        assertEquals(Set.of(2, 3), dossier.getOpenSteps(), "the open steps waited");
        refused("dossier.transitionNotAllowed", () -> dossier.supplementReceived(at(3_001), later, later));
    }

    @Test
    void oneApologyAtMostAndOnlyAWorkingDayAhead() {
        Instant rescheduled = DUE.plusSeconds(2 * 86_400);
        refused("dossier.apology.tooLate", () -> dossier.apologise(rescheduled, at(10), false));
        refused("dossier.apology.notLater", () -> dossier.apologise(DUE, at(10), true));
        dossier.apologise(rescheduled, at(10), true);
        assertEquals(rescheduled, dossier.getAppointmentAt());
        assertEquals(DUE, dossier.getStatutoryDueAt(), "an apology does not move the statutory due");
        assertEquals(DossierStatus.RECEIVED, dossier.getStatus());
        refused("dossier.apology.onlyOnce", () -> dossier.apologise(rescheduled.plusSeconds(86_400), at(20), true));
    }

    @Test
    void refusalNeedsReasonsAndIsFinal() {
        dossier.forward(1, null, at(5));
        dossier.requestSupplement(2, List.of("Bản chính"), "Thiếu", at(10));
        refused("dossier.reasonRequired", () -> dossier.refuse(2, List.of(), at(20)));
        refused("dossier.actionNotAllowedAtStep", () -> dossier.refuse(3, List.of("Sai"), at(20)));
        dossier.refuse(2, List.of("Không bổ sung trong thời hạn"), at(20));
        assertEquals(DossierStatus.REFUSED, dossier.getStatus());
        assertTrue(dossier.getStatus().isFinal());
        assertTrue(dossier.getOpenSteps().isEmpty());
        refused("dossier.transitionNotAllowed", () -> dossier.stopOnRequest("Rút", at(30)));
    }

    @Test
    void stoppingOnRequestOnlyBeforeADecision() {
        Dossier other = Dossiers.received();
        other.stopOnRequest("Công dân xin rút hồ sơ", at(10));
        assertEquals(DossierStatus.STOPPED, other.getStatus());
        assertEquals(at(10), other.getFinishedAt());
        throughApproval();
        refused("dossier.stop.alreadyDecided", () -> dossier.stopOnRequest("Rút", at(45)));
        refused("dossier.transitionNotAllowed", () -> other.forward(1, null, at(11)));
    }

    @Test
    void theTransitionTableNamesFromAndTo() {
        DossierRuleException e = assertThrows(DossierRuleException.class,
                () -> Dossiers.received().supplementReceived(at(1), DUE, DUE));
        assertEquals(List.of("RECEIVED", "IN_PROGRESS", "SUPPLEMENT_RECEIVED"), List.of(e.getArguments()));
        assertFalse(DossierAction.RETURN_RESULT.isAllowedFrom(DossierStatus.IN_PROGRESS));
        assertEquals(DossierStatus.IN_PROGRESS, DossierAction.APOLOGISE.target(DossierStatus.IN_PROGRESS));
    }

    @Test
    void theLookupPinIsStoredSaltedAndChecked() {
        LookupPin pin = LookupPin.of("482913", Dossiers.PIN_KEY);
        assertTrue(pin.matches("482913", Dossiers.PIN_KEY));
        assertFalse(pin.matches("482914", Dossiers.PIN_KEY));
        assertFalse(pin.matches(null, Dossiers.PIN_KEY));
        assertFalse(pin.matches("482913", new byte[32]), "another installation's key does not open it");
        assertThrows(IllegalArgumentException.class, () -> LookupPin.of("123", Dossiers.PIN_KEY));
    }

    @Test
    void equalityIsTheDossierCode() {
        assertEquals(Dossiers.received(), dossier);
        assertThrows(IllegalArgumentException.class, () -> new DossierCode("000.01<script>"));
    }
}

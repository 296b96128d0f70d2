package vn.motcua.lookup.control;

import org.junit.jupiter.api.Test;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.calendar.entity.Timeliness;
import vn.motcua.catalog.entity.CatalogRelease;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.Field;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureDescription;
import vn.motcua.catalog.entity.StatutoryTerm;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.dossier.control.EventChain;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierCode;
import vn.motcua.dossier.entity.DossierEvent;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.identity.entity.Role;
import vn.motcua.lookup.boundary.DossierStatusDto;
import vn.motcua.lookup.boundary.TimelineEntryDto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the applicant reads of a land dossier's life: desk → land office → supplement → result → collected. */
class PublicTimelineTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private final Agency desk = new Agency("000.01.19.H21", "Bộ phận Một cửa huyện Chư Sê", AgencyKind.ONE_STOP_DESK,
            null, LocalDate.of(2025, 7, 1));
    private final Agency landOffice = new Agency("000.03.19.H21", "Chi nhánh Văn phòng Đăng ký đất đai",
            AgencyKind.DEPARTMENT, null, LocalDate.of(2025, 7, 1));
    private final Dossier dossier = dossier();
    private final List<DossierEvent> events = new ArrayList<>();
    private final List<DossierTask> tasks = new ArrayList<>();

    private Dossier dossier() {
        CatalogRelease release = new CatalogRelease("QD-1", "Bộ thủ tục", "1/QĐ-UBND", LocalDate.of(2026, 1, 1), AT);
        Procedure procedure = release.include("1.000948.H21", "Đăng ký biến động đất đai", new Field("DAT_DAI", "Đất đai"),
                OnlineLevel.PARTIAL, "000.03.19.H21", new ProcedureDescription("Cá nhân", "Nộp tại Một cửa", null,
                        "Nghị định 101/2024/NĐ-CP", "Giấy chứng nhận"), StatutoryTerm.workingDays("10"), new Fee(null, null));
        procedure.addStep("Tiếp nhận", "000.01.19.H21", Role.RECEPTION, BigDecimal.ONE, null,
                EnumSet.of(StepAction.FORWARD));
        procedure.addStep("Thẩm định", "000.03.19.H21", Role.SPECIALIST, BigDecimal.TEN, null,
                EnumSet.of(StepAction.FORWARD, StepAction.APPROVE, StepAction.REQUEST_SUPPLEMENT));
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, "Phạm Văn Đức", Applicant.IdKind.CITIZEN_ID,
                "064180005678");
        applicant.updateContact("0905123456", "duc@example.vn", "Thôn 3, xã Ia Blang");
        return Dossier.receive(new DossierCode("000.01.19.H21-260302-0005"), procedure, desk, Channel.IN_PERSON,
                applicant, null, AT, AT.plusSeconds(10 * 86_400), LookupPin.of("123456", new byte[32]), 1,
                "Ghi chú nội bộ của bộ phận một cửa");
    }

    private void journal(String actor) {
        DossierEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        events.addAll(new EventChain().append(last, dossier, dossier.takeTransitions(), actor, null));
    }

    private DossierStatusDto status() {
        return new PublicTimeline().of(dossier, events, tasks, () -> "token");
    }

    private DossierTask task(Agency agency, int step, Instant at) {
        DossierTask task = new DossierTask(dossier, step, dossier.getEventCount(), agency, Role.SPECIALIST, "tiepnhan",
                at, at.plusSeconds(86_400));
        tasks.add(task);
        return task;
    }

    @Test
    void aFreshDossierShowsItsReceptionAtTheDeskAndNothingInternal() {
        journal("tiepnhan");
        task(desk, 1, AT);
        DossierStatusDto status = status();
        assertEquals("Phạm V** Đ**", status.applicant());
        assertEquals(List.of(new TimelineEntryDto(AT, "lookup.event.received", desk.getName(), null)), status.timeline());
        assertEquals(List.of(desk.getName()), status.handledBy());
        assertEquals("RECEIVED", status.status());
        assertNull(status.ratingToken(), "nothing to rate before the result is collected");
        assertFalse(status.toString().contains("064180005678"), "no identity number");
        assertFalse(status.toString().contains("0905123456"), "no phone");
        assertFalse(status.toString().contains("nội bộ"), "no internal note");
    }

    @Test
    void aSupplementRequestSaysWhatToBringAndWhereTheDossierIs() {
        journal("tiepnhan");
        task(desk, 1, AT).close("tiepnhan", DossierAction.FORWARD, AT.plusSeconds(600), Timeliness.ON_TIME);
        dossier.forward(1, "Chuyển chi nhánh, lưu ý thửa đất tranh chấp", AT.plusSeconds(600));
        journal("tiepnhan");
        task(landOffice, 2, AT.plusSeconds(600));
        dossier.requestSupplement(2, List.of("Sơ đồ tách thửa có xác nhận của UBND xã", "Bản sao CCCD"),
                "Hồ sơ thiếu giấy tờ", AT.plusSeconds(3600));
        journal("chuyenvien");
        DossierStatusDto status = status();
        assertEquals("AWAITING_SUPPLEMENT", status.status());
        assertEquals(List.of("Sơ đồ tách thửa có xác nhận của UBND xã", "Bản sao CCCD"), status.toBring());
        assertEquals(List.of("lookup.event.received", "lookup.event.sentTo", "lookup.event.supplementRequested"),
                status.timeline().stream().map(TimelineEntryDto::what).toList());
        assertEquals(landOffice.getName(), status.timeline().get(1).where());
        assertNull(status.timeline().get(1).detail(), "the forwarding note stays inside the office");
        assertTrue(status.timeline().get(2).detail().contains("Bản sao CCCD"));
        assertEquals(List.of(landOffice.getName()), status.handledBy());
    }

    @Test
    void aCollectedDossierIsHandledByNobodyAndEndsWithTheCollection() {
        journal("tiepnhan");
        dossier.forward(1, null, AT.plusSeconds(600));
        dossier.approve(2, "Đồng ý", AT.plusSeconds(7200));
        Instant collected = AT.plusSeconds(86_400);
        dossier.returnResult("Phạm Văn Đức", true, collected, Timeliness.EARLY);
        journal("tiepnhan");
        DossierStatusDto status = status();
        assertEquals(List.of("lookup.event.received", "lookup.event.ready", "lookup.event.returned"),
                status.timeline().stream().map(TimelineEntryDto::what).toList());
        assertEquals(collected, status.timeline().get(2).at());
        assertTrue(status.handledBy().isEmpty());
        assertEquals("token", status.ratingToken(), "collected: the applicant may rate");
    }

    @Test
    void itemsAreReadFromTheFormTwoNote() {
        assertEquals(List.of("A", "B"), PublicTimeline.items("Thiếu: A; B"));
        assertEquals(List.of("A"), PublicTimeline.items("A"));
    }
}

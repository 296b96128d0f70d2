package vn.motcua.catalog.entity;

import org.junit.jupiter.api.Test;
import vn.motcua.identity.entity.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogReleaseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Field LAND = new Field("DAT_DAI", "Đất đai");

    static CatalogRelease releaseWithOneProcedure(String code) {
        CatalogRelease release = new CatalogRelease(code, "Bộ thủ tục " + code, "100/QĐ-UBND",
                LocalDate.of(2026, 1, 10), NOW);
        Procedure mortgage = release.include("1.000948.H21", "Đăng ký thế chấp quyền sử dụng đất", LAND,
                OnlineLevel.FULL, "000.03.19.H21",
                new ProcedureDescription("Hộ gia đình, cá nhân", "Nộp hồ sơ tại Bộ phận Một cửa", null,
                        "Nghị định 99/2022/NĐ-CP", "Đăng ký vào Giấy chứng nhận"),
                StatutoryTerm.sameDay(LocalTime.of(15, 0)), new Fee("80.000 đồng/hồ sơ", new BigDecimal("80000")));
        mortgage.offerThrough(Channel.IN_PERSON, StatutoryTerm.sameDay(LocalTime.of(15, 0)), null);
        mortgage.provideForm("01/ĐKTC", "Phiếu yêu cầu đăng ký thế chấp");
        mortgage.require("Phiếu yêu cầu đăng ký", DocumentForm.ORIGINAL, 1, null, "01/ĐKTC");
        mortgage.addStep("Tiếp nhận", "000.01.19.H21", Role.RECEPTION, new BigDecimal("0.25"), null,
                EnumSet.of(StepAction.FORWARD));
        return release;
    }

    @Test
    void aDraftTakesProceduresOnceEachAndNothingAfterPublication() {
        CatalogRelease release = releaseWithOneProcedure("GL-2026-01");
        Procedure mortgage = release.getProcedures().get(0);
        assertEquals("dang ky the chap quyen su dung dat", SearchText.fold(mortgage.getName()));
        assertThrows(IllegalArgumentException.class, () -> release.include("1.000948.H21", "Trùng", LAND,
                OnlineLevel.FULL, "000.03.19.H21", mortgage.getDescription(), mortgage.getTerm(), null));
        assertThrows(IllegalArgumentException.class,
                () -> mortgage.require("Giấy tờ", DocumentForm.COPY, 1, null, "KHONG-CO"));

        release.publish(LocalDate.of(2026, 3, 1), NOW);
        assertEquals(ReleaseStatus.PUBLISHED, release.getStatus());
        assertThrows(IllegalStateException.class,
                () -> mortgage.require("Giấy tờ thêm", DocumentForm.COPY, 1, null, null));
        assertThrows(IllegalStateException.class, () -> release.publish(LocalDate.of(2026, 4, 1), NOW));
    }

    @Test
    void theOldReleaseStaysInForceUntilItsSuccessorTakesEffect() {
        CatalogRelease old = releaseWithOneProcedure("GL-2025-01");
        old.publish(LocalDate.of(2025, 1, 1), NOW);
        CatalogRelease successor = releaseWithOneProcedure("GL-2026-01");
        successor.publish(LocalDate.of(2026, 4, 1), NOW);
        old.supersede(successor);

        assertEquals(ReleaseStatus.SUPERSEDED, old.getStatus());
        assertTrue(old.isInForceOn(LocalDate.of(2026, 3, 31)));
        assertFalse(successor.isInForceOn(LocalDate.of(2026, 3, 31)));
        assertFalse(old.isInForceOn(LocalDate.of(2026, 4, 1)));
        assertTrue(successor.isInForceOn(LocalDate.of(2026, 4, 1)));
        assertFalse(old.isInForceOn(LocalDate.of(2024, 12, 31)));
        assertThrows(IllegalStateException.class, () -> old.supersede(successor));
    }

    @Test
    void aSuccessorMustTakeEffectLater() {
        CatalogRelease old = releaseWithOneProcedure("GL-2025-01");
        old.publish(LocalDate.of(2026, 4, 1), NOW);
        CatalogRelease early = releaseWithOneProcedure("GL-2026-01");
        early.publish(LocalDate.of(2026, 4, 1), NOW);
        assertThrows(IllegalArgumentException.class, () -> old.supersede(early));
        CatalogRelease draft = releaseWithOneProcedure("GL-2026-02");
        assertThrows(IllegalArgumentException.class, () -> old.supersede(draft));
    }

    @Test
    void anEmptyReleaseCannotBePublished() {
        CatalogRelease empty = new CatalogRelease("GL-0", "Trống", "1/QĐ-UBND", LocalDate.of(2026, 1, 1), NOW);
        assertThrows(IllegalStateException.class, () -> empty.publish(LocalDate.of(2026, 2, 1), NOW));
    }
}

package vn.motcua.dossier.entity;

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
import vn.motcua.identity.entity.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * A dossier under a five-step workflow: 1 reception, 2 and 3 in parallel (land office and tax), 4
 * the leader's approval, 5 return at the desk.
 */
public final class Dossiers {

    public static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");
    public static final Instant DUE = Instant.parse("2026-03-09T10:00:00Z");
    static final byte[] PIN_KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final LookupPin PIN = LookupPin.of("482913", PIN_KEY);

    private Dossiers() {
    }

    public static Procedure procedure() {
        CatalogRelease release = new CatalogRelease("QD-100", "Bộ thủ tục", "100/QĐ-UBND", LocalDate.of(2026, 1, 10),
                RECEIVED);
        Procedure procedure = release.include("1.000948.H21", "Đăng ký biến động đất đai", new Field("DAT_DAI", "Đất đai"),
                OnlineLevel.FULL, "000.03.19.H21", new ProcedureDescription("Cá nhân", "Nộp tại Một cửa", null,
                        "Nghị định 101/2024/NĐ-CP", "Giấy chứng nhận"), StatutoryTerm.workingDays("5"),
                new Fee(null, null));
        procedure.addStep("Tiếp nhận", "000.01.19.H21", Role.RECEPTION, BigDecimal.valueOf(0.5), null,
                EnumSet.of(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT));
        procedure.addStep("Thẩm định hồ sơ", "000.03.19.H21", Role.SPECIALIST, BigDecimal.valueOf(2), "A",
                EnumSet.of(StepAction.FORWARD, StepAction.RETURN, StepAction.REQUEST_SUPPLEMENT, StepAction.REFUSE));
        procedure.addStep("Xác định nghĩa vụ tài chính", "000.05.19.H21", Role.SPECIALIST, BigDecimal.ONE, "A",
                EnumSet.of(StepAction.FORWARD));
        procedure.addStep("Phê duyệt", "000.03.19.H21", Role.LEADER, BigDecimal.ONE, null,
                EnumSet.of(StepAction.APPROVE, StepAction.REFUSE, StepAction.RETURN));
        procedure.addStep("Trả kết quả", "000.01.19.H21", Role.RECEPTION, BigDecimal.valueOf(0.5), null,
                EnumSet.of(StepAction.FORWARD));
        return procedure;
    }

    public static Dossier received() {
        Agency desk = new Agency("000.01.19.H21", "Bộ phận Một cửa", AgencyKind.ONE_STOP_DESK, null,
                LocalDate.of(2025, 7, 1));
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, "Nguyễn Văn An", Applicant.IdKind.CITIZEN_ID,
                "001203004567");
        return Dossier.receive(new DossierCode("000.01.19.H21-260302-0001"), procedure(), desk, Channel.IN_PERSON,
                applicant, null, RECEIVED, DUE, PIN, 1, null);
    }

    public static Instant at(int minutesAfterReception) {
        return RECEIVED.plusSeconds(60L * minutesAfterReception);
    }
}

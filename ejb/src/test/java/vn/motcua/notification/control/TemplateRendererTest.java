package vn.motcua.notification.control;

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
import vn.motcua.dossier.control.PinKey;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierCode;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.dossier.entity.Notification.Topic;
import vn.motcua.identity.entity.Role;
import vn.motcua.notification.entity.DeliveryChannel;
import vn.motcua.notification.entity.NotificationTemplate;
import vn.motcua.rating.control.RatingLinks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TemplateRendererTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private final TemplateRenderer renderer = new TemplateRenderer();

    private static NotificationTemplate sms(String body) {
        return NotificationTemplate.of(Topic.RECEIVED, DeliveryChannel.SMS, null, body, "quantri", AT);
    }

    private static NotificationTemplate email(String subject, String body) {
        return NotificationTemplate.of(Topic.RESULT_READY, DeliveryChannel.EMAIL, subject, body, "quantri", AT);
    }

    private static Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put("code", "000.01.19.H21-260302-0001");
        values.put("procedure", "Đăng ký thế chấp quyền sử dụng đất");
        values.put("appointment", "16:30 02/03/2026");
        values.put("link", "https://motcua.gialai.gov.vn/lookup?code=000.01.19.H21-260302-0001");
        values.put("applicant", "Nguyễn Thị Ánh Tuyết");
        return values;
    }

    @Test
    void everyPlaceholderIsFilledAndTheEmailStaysPlainText() {
        FilledTemplate filled = renderer.render(email("Hồ sơ {code} đã có kết quả",
                "Kính gửi ông/bà {applicant},\nHồ sơ {code} (\"{procedure}\") hẹn trả {appointment}: {link}\n<b>không</b> & \"trích\""),
                values());
        assertEquals("Hồ sơ 000.01.19.H21-260302-0001 đã có kết quả", filled.subject());
        assertEquals("Kính gửi ông/bà Nguyễn Thị Ánh Tuyết,\nHồ sơ 000.01.19.H21-260302-0001"
                + " (\"Đăng ký thế chấp quyền sử dụng đất\") hẹn trả 16:30 02/03/2026:"
                + " https://motcua.gialai.gov.vn/lookup?code=000.01.19.H21-260302-0001\n<b>không</b> & \"trích\"",
                filled.body(), "nothing escaped");
        assertEquals("{x} 000.01.19.H21-260302-0001 {", TemplateRenderer.fill("{x} {code} {", values()),
                "only the five names are placeholders");
    }

    @Test
    void aMissingValueRendersEmptyAndAValueIsNeverReadAsAPlaceholder() {
        Map<String, String> values = values();
        values.remove("appointment");
        values.put("applicant", "{code} $1 \\");
        values.put("procedure", null);
        assertEquals("Hẹn trả ; thủ tục ; người nộp {code} $1 \\",
                renderer.render(sms("Hẹn trả {appointment}; thủ tục {procedure}; người nộp {applicant}"), values).body());
    }

    @Test
    void anSmsHasNoSubjectAndIsCutAt320Characters() {
        Map<String, String> values = values();
        values.put("procedure", "ư".repeat(400));
        FilledTemplate filled = renderer.render(sms("Hồ sơ {code}: {procedure}"), values);
        assertNull(filled.subject());
        assertEquals(320, filled.body().length());
        assertEquals("Hồ sơ 000.01.19.H21-260302-0001: ưư", filled.body().substring(0, 35));
        String short_ = renderer.render(sms("Hồ sơ {code} đã được tiếp nhận."), values).body();
        assertEquals("Hồ sơ 000.01.19.H21-260302-0001 đã được tiếp nhận.", short_);
    }

    @Test
    void valuesCutAtAnEmojiNeverSplitIt() {
        assertEquals("ab", TemplateRenderer.truncated("ab\uD83D\uDE00", 3));
        assertEquals("ab\uD83D\uDE00", TemplateRenderer.truncated("ab\uD83D\uDE00c", 4));
    }

    @Test
    void decomposedAccentsInAValueAreComposedAndASubjectStaysOneLine() {
        Map<String, String> values = values();
        values.put("applicant", "Nguye\u0302\u0303n Va\u0306n An");
        values.put("code", "A\r\nBcc: x@example.com");
        FilledTemplate filled = renderer.render(email("Hồ sơ {code}", "Kính gửi {applicant}"), values);
        assertEquals("Kính gửi Nguyễn Văn An", filled.body());
        assertEquals("Hồ sơ A Bcc: x@example.com", filled.subject());
    }

    @Test
    void aDossierGivesItsCodeProcedureAppointmentLookupLinkApplicantAndRatingLink() {
        Agency desk = new Agency("000.01.19.H21", "Bộ phận Một cửa huyện Chư Sê", AgencyKind.ONE_STOP_DESK, null,
                LocalDate.of(2025, 7, 1));
        CatalogRelease release = new CatalogRelease("QD-1", "Bộ thủ tục", "1/QĐ-UBND", LocalDate.of(2026, 1, 1), AT);
        Procedure procedure = release.include("1.000948.H21", "Đăng ký biến động đất đai", new Field("DAT_DAI", "Đất đai"),
                OnlineLevel.PARTIAL, "000.03.19.H21", new ProcedureDescription("Cá nhân", "Nộp tại Một cửa", null,
                        "Nghị định 101/2024/NĐ-CP", "Giấy chứng nhận"), StatutoryTerm.workingDays("10"), new Fee(null, null));
        procedure.addStep("Tiếp nhận", "000.01.19.H21", Role.RECEPTION, BigDecimal.ONE, null,
                EnumSet.of(StepAction.FORWARD));
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, "Rơ Châm H'Bia", Applicant.IdKind.CITIZEN_ID,
                "064190001234");
        Dossier dossier = Dossier.receive(new DossierCode("000.01.19.H21-260302-0001"), procedure, desk,
                Channel.IN_PERSON, applicant, null, AT, Instant.parse("2026-03-09T09:30:00Z"),
                LookupPin.of("123456", new byte[32]), 1, null);

        assertEquals(Map.of("code", "000.01.19.H21-260302-0001",
                "procedure", "Đăng ký biến động đất đai",
                "appointment", "16:30 09/03/2026",
                "link", "https://motcua.example.vn/lookup?code=000.01.19.H21-260302-0001",
                "applicant", "Rơ Châm H'Bia",
                "rating", "https://motcua.example.vn/rate?code=000.01.19.H21-260302-0001&token="
                        + new RatingLinks(PinKey.get()).token("000.01.19.H21-260302-0001")),
                TemplateRenderer.values(dossier, "https://motcua.example.vn"));
    }
}

package vn.motcua.notification.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.dossier.entity.Notification.Topic;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NotificationTemplateTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private static void refused(String messageKey, Executable change, Object... arguments) {
        DossierRuleException refusal = assertThrows(DossierRuleException.class, change);
        assertEquals(messageKey, refusal.getMessageKey());
        assertArrayEquals(arguments, refusal.getArguments());
    }

    private static NotificationTemplate sms(String body) {
        return NotificationTemplate.of(Topic.RECEIVED, DeliveryChannel.SMS, null, body, "quantri", AT);
    }

    @Test
    void anSmsIsPlainTextWithinItsLengthAndHasNoSubject() {
        NotificationTemplate template = NotificationTemplate.of(Topic.RECEIVED, DeliveryChannel.SMS, "bỏ qua",
                "  Hồ sơ {code} đã được tiếp nhận.\r\n", "quantri", AT);
        assertNull(template.getSubject());
        assertEquals("Hồ sơ {code} đã được tiếp nhận.", template.getBody());
        assertEquals(320, sms("x".repeat(320)).getBody().length());
        refused("notification.template.bodyTooLong", () -> sms("x".repeat(321)), 320);
        refused("notification.template.smsMarkup", () -> sms("Hồ sơ <b>{code}</b>"));
        refused("notification.template.smsMarkup", () -> sms("Hồ sơ {code} > 3 ngày"));
        refused("notification.template.bodyRequired", () -> sms(" \n "));
        refused("notification.template.bodyRequired", () -> sms(null));
    }

    @Test
    void decomposedAccentsAreStoredComposed() {
        String decomposed = "Ho\u0302\u0300 so\u031b"; // "Hồ sơ" typed as base letters and combining marks
        assertEquals("Hồ sơ", sms(decomposed).getBody());
    }

    @Test
    void anEmailNeedsAOneLineSubjectAndKnownPlaceholders() {
        refused("notification.template.subjectRequired", () -> NotificationTemplate.of(Topic.RESULT_READY,
                DeliveryChannel.EMAIL, " ", "Kết quả", "quantri", AT));
        refused("notification.template.subjectOneLine", () -> NotificationTemplate.of(Topic.RESULT_READY,
                DeliveryChannel.EMAIL, "Hồ sơ\nBcc: x@example.com", "Kết quả", "quantri", AT));
        refused("notification.template.subjectTooLong", () -> NotificationTemplate.of(Topic.RESULT_READY,
                DeliveryChannel.EMAIL, "ư".repeat(201), "Kết quả", "quantri", AT), 200);
        refused("notification.template.unknownPlaceholder", () -> NotificationTemplate.of(Topic.RESULT_READY,
                DeliveryChannel.EMAIL, "Hồ sơ {ma}", "Kết quả", "quantri", AT), "{ma}");
        refused("notification.template.unknownPlaceholder", () -> NotificationTemplate.of(Topic.RESULT_READY,
                DeliveryChannel.EMAIL, "Hồ sơ {code}", "Kính gửi {Applicant}", "quantri", AT), "{Applicant}");
        refused("notification.template.unknownPlaceholder", () -> NotificationTemplate.of(Topic.RESULT_READY,
                DeliveryChannel.EMAIL, "Hồ sơ {code}", "Mã {mã_hồ_sơ}", "quantri", AT), "{mã_hồ_sơ}");
        refused("notification.template.bodyTooLong", () -> NotificationTemplate.of(Topic.RESULT_READY,
                DeliveryChannel.EMAIL, "Hồ sơ {code}", "x".repeat(2001), "quantri", AT), 2000);
        NotificationTemplate email = NotificationTemplate.of(Topic.RESULT_READY, DeliveryChannel.EMAIL,
                "Hồ sơ {code} đã có kết quả", "Mời <ông/bà> {applicant} đến nhận: {link}", "quantri", AT);
        assertEquals("Mời <ông/bà> {applicant} đến nhận: {link}", email.getBody(), "plain text may hold < and >");
    }

    @Test
    void onlyTheApplicantsTopicsHaveTemplatesAndARefusedRevisionChangesNothing() {
        refused("notification.template.topicInvalid", () -> NotificationTemplate.of(Topic.OVERDUE,
                DeliveryChannel.SMS, null, "Quá hạn", "quantri", AT));
        refused("notification.template.topicInvalid", () -> NotificationTemplate.of(null,
                DeliveryChannel.SMS, null, "Quá hạn", "quantri", AT));
        NotificationTemplate template = sms("Hồ sơ {code}");
        refused("notification.template.smsMarkup", () -> template.revise(null, "<i>{code}</i>", "quantri",
                AT.plusSeconds(60)));
        assertEquals("Hồ sơ {code}", template.getBody());
        assertEquals(AT, template.getUpdatedAt());
    }
}

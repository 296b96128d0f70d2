package vn.motcua.notification.boundary;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.ejb.SessionContext;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import vn.motcua.agency.entity.Agency;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierCode;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.dossier.entity.Notification;
import vn.motcua.dossier.entity.Notification.Topic;
import vn.motcua.dossier.entity.NotifyChannel;
import vn.motcua.notification.control.DeliveryQueue;
import vn.motcua.notification.entity.DeliveryChannel;
import vn.motcua.notification.entity.DeliveryStatus;
import vn.motcua.notification.entity.NotificationDelivery;
import vn.motcua.notification.entity.NotificationTemplate;
import vn.motcua.rating.control.RatingLinks;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery over the real mappings and V15: each call in its own transaction as the container runs it, the
 * failed attempt's record in a transaction of its own (REQUIRES_NEW), e-mail to GreenMail, SMS to a gateway
 * that records or fails, the delivery queue recorded. The broker's redelivery is the test calling again.
 */
class ApplicantDeliveryTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-05T03:00:00Z");
    private static final String CODE = "000.01.19.H21-260302-0001";
    private static final String LINK = "http://localhost:8080/motcua/lookup?code=" + CODE;
    private static final int MAX_ATTEMPTS = 3;

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final Clock clock = Clock.fixed(NOW, Clocks.VIETNAM);
    /** The delivery queue's messages, in order. */
    private final List<Long> queued = new ArrayList<>();
    /** What the SMS gateway accepted, as "phone: text". */
    private final List<String> texts = new ArrayList<>();
    private int gatewayCalls;
    /** When set, the gateway refuses every SMS with it. */
    private IOException gatewayDown;

    @BeforeEach
    void office() {
        database.withDemoOffice(RECEIVED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T call(String caller, Function<ApplicantDelivery, T> call) {
        return database.inTransaction(em -> call.apply(boundary(em, caller)));
    }

    private void deliver(long deliveryId) {
        call(null, d -> {
            d.deliver(deliveryId);
            return null;
        });
    }

    private ApplicantDelivery boundary(EntityManager em, String caller) {
        ApplicantDelivery delivery = new ApplicantDelivery();
        delivery.em = em;
        delivery.clock = clock;
        delivery.maxAttempts = MAX_ATTEMPTS;
        delivery.queue = new DeliveryQueue() {
            @Override
            public void send(long deliveryId) {
                queued.add(deliveryId);
            }
        };
        delivery.sms = (phone, text) -> {
            gatewayCalls++;
            if (gatewayDown != null) {
                throw gatewayDown;
            }
            texts.add(phone + ": " + text);
        };
        delivery.mailSession = mailSession();
        delivery.attempts = new DeliveryAttempts() {
            @Override
            public boolean recordFailure(long deliveryId, String error, int maxAttempts) {
                // REQUIRES_NEW: a transaction of its own, committed whatever becomes of the caller's
                return database.inTransaction(own -> {
                    DeliveryAttempts attempts = new DeliveryAttempts();
                    attempts.em = own;
                    attempts.clock = ApplicantDeliveryTest.this.clock;
                    return attempts.recordFailure(deliveryId, error, maxAttempts);
                });
            }
        };
        delivery.session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> (Principal) () -> caller);
        return delivery;
    }

    private Session mailSession() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", greenMail.getSmtp().getBindTo());
        properties.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        properties.put("mail.from", "motcua@chuse.gialai.gov.vn");
        return Session.getInstance(properties);
    }

    /** The applicant Nguyễn Thị Ánh Tuyết (phone and e-mail) files a land dossier and chooses how to be told. */
    private void dossier(NotifyChannel channel) {
        database.inTransaction(em -> {
            Agency desk = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", "000.01.19.H21")
                    .getSingleResult();
            Procedure procedure = em.createQuery("SELECT p FROM Procedure p WHERE p.code = :code", Procedure.class)
                    .setParameter("code", "1.000948.H21").getSingleResult();
            Applicant applicant = new Applicant(Applicant.Kind.PERSON, "Nguyễn Thị Ánh Tuyết",
                    Applicant.IdKind.CITIZEN_ID, "064190001234");
            applicant.updateContact("0912345678", "tuyet.nguyen@example.vn", "Thôn 3, xã Ia Blang");
            em.persist(applicant);
            Dossier dossier = Dossier.receive(new DossierCode(CODE), procedure, desk, Channel.IN_PERSON, applicant, null,
                    RECEIVED, Instant.parse("2026-03-09T09:30:00Z"), LookupPin.of("123456", new byte[32]), 1, null);
            dossier.chooseNotification(channel != NotifyChannel.NONE, channel, RECEIVED);
            em.persist(dossier);
            return null;
        });
    }

    /** As the notification consumer does: the applicant's notification is stored, then queued for delivery. */
    private List<Long> notifyApplicant(Topic topic) {
        return call(null, d -> {
            Dossier dossier = d.em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", CODE)
                    .getSingleResult();
            Notification notification = new Notification(UUID.randomUUID().toString(),
                    Notification.RecipientKind.APPLICANT, String.valueOf(dossier.getApplicant().getId()), CODE, topic,
                    "Hồ sơ " + CODE, NOW);
            d.em.persist(notification);
            return d.enqueue(notification);
        });
    }

    private NotificationDelivery row(long deliveryId) {
        return database.inTransaction(em -> em.find(NotificationDelivery.class, deliveryId));
    }

    private long rows() {
        return database.inTransaction(em -> em.createQuery("SELECT COUNT(d) FROM NotificationDelivery d", Long.class)
                .getSingleResult());
    }

    private static void refused(String messageKey, Executable call) {
        assertEquals(messageKey, assertThrows(BusinessException.class, call).getMessageKey());
    }

    @Test
    void bothChannelsAreSentOnceAndMarkedSent() throws Exception {
        dossier(NotifyChannel.BOTH);
        List<Long> ids = notifyApplicant(Topic.RESULT_READY);
        assertEquals(2, ids.size());
        assertEquals(ids, queued, "one message per delivery, sent with the rows");
        assertEquals(DeliveryChannel.EMAIL, row(ids.get(0)).getChannel());
        assertEquals(DeliveryChannel.SMS, row(ids.get(1)).getChannel());
        assertEquals(DeliveryStatus.PENDING, row(ids.get(0)).getStatus());

        ids.forEach(this::deliver);

        for (long id : ids) {
            assertEquals(DeliveryStatus.SENT, row(id).getStatus());
            assertEquals(1, row(id).getAttempts());
            assertNull(row(id).getLastError());
            assertEquals(NOW, row(id).getUpdatedAt());
        }
        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertEquals(1, mails.length);
        assertEquals("Hồ sơ " + CODE + " đã có kết quả", mails[0].getSubject());
        assertEquals("tuyet.nguyen@example.vn", mails[0].getAllRecipients()[0].toString());
        String body = ((String) mails[0].getContent()).replace("\r\n", "\n");
        assertTrue(body.startsWith("Kính gửi ông/bà Nguyễn Thị Ánh Tuyết,\n\nHồ sơ " + CODE
                + " về thủ tục \""), body);
        assertTrue(body.contains("Tra cứu tình trạng hồ sơ tại: " + LINK + "\n"), body);
        assertEquals(List.of("0912345678: Hồ sơ " + CODE + " đã có kết quả. Mời ông/bà mang Giấy tiếp nhận và giấy tờ"
                + " tùy thân đến Bộ phận Một cửa nhận kết quả. Tra cứu: " + LINK), texts);

        ids.forEach(this::deliver);
        assertEquals(1, greenMail.getReceivedMessages().length, "a redelivered message sends nothing again");
        assertEquals(1, texts.size());
        assertEquals(1, row(ids.get(1)).getAttempts());
    }

    @Test
    void failedAttemptsAreCountedDespiteTheRollbackThenFailedAtTheLimitAndRetriedByAnAdministrator() {
        dossier(NotifyChannel.SMS);
        List<Long> ids = notifyApplicant(Topic.RECEIVED);
        assertEquals(1, ids.size());
        long id = ids.get(0);
        gatewayDown = new IOException("SMS gateway answered 503: busy");

        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            assertThrows(DeliveryPostponed.class, () -> deliver(id), "rolled back, so the broker redelivers");
            NotificationDelivery row = row(id);
            assertEquals(DeliveryStatus.PENDING, row.getStatus());
            assertEquals(attempt, row.getAttempts());
            assertEquals("IOException: SMS gateway answered 503: busy", row.getLastError());
        }
        assertDoesNotThrow(() -> deliver(id), "the last attempt is not redelivered");
        assertEquals(DeliveryStatus.FAILED, row(id).getStatus());
        assertEquals(MAX_ATTEMPTS, row(id).getAttempts());
        deliver(id);
        assertEquals(MAX_ATTEMPTS, gatewayCalls, "a stray redelivery of a failed one tries nothing");

        List<DeliveryFailureDto> failures = call("quantri", ApplicantDelivery::failures);
        assertEquals(List.of(new DeliveryFailureDto(id, CODE, Topic.RECEIVED, DeliveryChannel.SMS, DeliveryStatus.FAILED,
                MAX_ATTEMPTS, "IOException: SMS gateway answered 503: busy", NOW)), failures);
        assertEquals(List.of(), call("tinh", ApplicantDelivery::failures), "only administrators of the desk's agencies");
        refused("notification.delivery.notFound", () -> call("tinh", d -> {
            d.retry(id);
            return null;
        }));

        queued.clear();
        call("quantri", d -> {
            d.retry(id);
            return null;
        });
        assertEquals(List.of(id), queued);
        assertEquals(DeliveryStatus.PENDING, row(id).getStatus());
        assertEquals(0, row(id).getAttempts());
        refused("notification.delivery.notFailed", () -> call("quantri", d -> {
            d.retry(id);
            return null;
        }));

        gatewayDown = null;
        deliver(id);
        assertEquals(DeliveryStatus.SENT, row(id).getStatus());
        assertEquals(List.of("0912345678: Hồ sơ " + CODE + " đã được tiếp nhận. Hẹn trả kết quả: 16:30 09/03/2026."
                + " Tra cứu: " + LINK), texts);
        assertEquals(List.of(), call("quantri", ApplicantDelivery::failures));
    }

    @Test
    void noneCreatesNothingAndAChannelWithoutAnAddressIsSkipped() {
        dossier(NotifyChannel.NONE);
        assertEquals(List.of(), notifyApplicant(Topic.RESULT_READY));
        assertEquals(List.of(), queued);
        assertEquals(0, rows());

        database.inTransaction(em -> {
            Dossier dossier = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", CODE)
                    .getSingleResult();
            dossier.chooseNotification(true, NotifyChannel.BOTH, NOW);
            dossier.getApplicant().updateContact(null, "tuyet.nguyen@example.vn", null);
            return null;
        });
        List<Long> ids = notifyApplicant(Topic.RESCHEDULED);
        assertEquals(1, ids.size());
        assertEquals(DeliveryChannel.EMAIL, row(ids.get(0)).getChannel(), "no phone, no SMS");

        List<Long> officers = call(null, d -> {
            Notification bell = new Notification(UUID.randomUUID().toString(), Notification.RecipientKind.OFFICER,
                    "tiepnhan", CODE, Topic.OVERDUE, "Quá hạn", NOW);
            d.em.persist(bell);
            return d.enqueue(bell);
        });
        assertEquals(List.of(), officers, "an officer's bell is never e-mailed");
        assertEquals(1, rows());
    }

    @Test
    void afterCollectionTheSmsInvitesToRateByALinkTheRatingFormAccepts() {
        dossier(NotifyChannel.SMS);
        notifyApplicant(Topic.RETURNED).forEach(this::deliver);
        String token = new RatingLinks(PinKey.get()).token(CODE);
        assertEquals(List.of("0912345678: Hồ sơ " + CODE + " đã trả kết quả. Mời ông/bà đánh giá mức độ hài lòng: "
                + "http://localhost:8080/motcua/rate?code=" + CODE + "&token=" + token), texts);
        assertTrue(new RatingLinks(PinKey.get()).matches(CODE, token));
    }

    @Test
    void whatCanNeverBeSentFailsAtOnce() {
        dossier(NotifyChannel.BOTH);
        List<Long> ids = notifyApplicant(Topic.STOPPED);
        database.inTransaction(em -> em.createNativeQuery("DELETE FROM notification_template WHERE topic = 'STOPPED'"
                + " AND channel = 'SMS'").executeUpdate());
        database.inTransaction(em -> {
            em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", CODE).getSingleResult()
                    .chooseNotification(true, NotifyChannel.SMS, NOW);
            return null;
        });

        ids.forEach(this::deliver);

        NotificationDelivery email = row(ids.get(0));
        assertEquals(DeliveryStatus.FAILED, email.getStatus());
        assertEquals(1, email.getAttempts());
        assertEquals("the applicant no longer consents to, or gave no address for, EMAIL", email.getLastError());
        NotificationDelivery sms = row(ids.get(1));
        assertEquals(DeliveryStatus.FAILED, sms.getStatus());
        assertEquals("no SMS template for STOPPED", sms.getLastError());
        assertEquals(0, gatewayCalls);
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void everyApplicantTopicHasASeededTemplateOnBothChannelsThatFollowsTheRules() {
        List<NotificationTemplateDto> seeded = call("quantri", ApplicantDelivery::templates);
        assertEquals(NotificationTemplate.APPLICANT_TOPICS.size() * 2, seeded.size());
        for (NotificationTemplateDto template : seeded) {
            assertTrue(NotificationTemplate.APPLICANT_TOPICS.contains(template.topic()), template.topic().name());
            NotificationTemplate checked = NotificationTemplate.of(template.topic(), template.channel(),
                    template.subject(), template.body(), "quantri", NOW);
            assertEquals(template.body(), checked.getBody(), "stored as the rules would store it");
            assertEquals(template.subject(), checked.getSubject());
            // the invitation to rate after collection links to the rating form, every other message to the lookup
            assertTrue(template.body().contains(template.topic() == Topic.RETURNED ? "{rating}" : "{link}"),
                    template.topic() + " " + template.channel());
        }
    }

    @Test
    void anAdministratorRewordsATemplateWithinItsRulesAndTheNextMessageUsesIt() {
        refused("notification.template.smsMarkup", () -> call("quantri",
                d -> d.saveTemplate(Topic.RECEIVED, DeliveryChannel.SMS, null, "<b>{code}</b>")));
        refused("notification.template.bodyTooLong", () -> call("quantri",
                d -> d.saveTemplate(Topic.RECEIVED, DeliveryChannel.SMS, null, "x".repeat(321))));
        refused("notification.template.subjectRequired", () -> call("quantri",
                d -> d.saveTemplate(Topic.RECEIVED, DeliveryChannel.EMAIL, "", "Hồ sơ {code}")));
        refused("notification.template.unknownPlaceholder", () -> call("quantri",
                d -> d.saveTemplate(Topic.RECEIVED, DeliveryChannel.SMS, null, "Hồ sơ {ma_ho_so}")));
        refused("notification.template.topicInvalid", () -> call("quantri",
                d -> d.saveTemplate(Topic.DUE_SOON, DeliveryChannel.SMS, null, "Sắp đến hạn")));

        NotificationTemplateDto saved = call("quantri", d -> d.saveTemplate(Topic.RECEIVED, DeliveryChannel.SMS,
                "bỏ qua", "UBND huyện Chư Sê: đã nhận hồ sơ {code}, hẹn trả {appointment}."));
        assertNull(saved.subject());
        assertEquals("quantri", saved.updatedBy());
        assertEquals(NOW, saved.updatedAt());
        List<NotificationTemplateDto> templates = call("quantri", ApplicantDelivery::templates);
        assertEquals(14, templates.size(), "seven topics, two channels");
        assertTrue(templates.contains(saved));

        dossier(NotifyChannel.SMS);
        notifyApplicant(Topic.RECEIVED).forEach(this::deliver);
        assertEquals(List.of("0912345678: UBND huyện Chư Sê: đã nhận hồ sơ " + CODE + ", hẹn trả 16:30 09/03/2026."),
                texts);
    }
}

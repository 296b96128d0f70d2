package vn.motcua.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.dossier.entity.Notification;
import vn.motcua.identity.entity.Role;
import vn.motcua.notification.control.DeliveryComposer;
import vn.motcua.notification.control.DeliveryQueue;
import vn.motcua.notification.control.Envelope;
import vn.motcua.notification.control.MailSender;
import vn.motcua.notification.control.SmsGateway;
import vn.motcua.notification.control.Undeliverable;
import vn.motcua.notification.entity.DeliveryChannel;
import vn.motcua.notification.entity.DeliveryStatus;
import vn.motcua.notification.entity.NotificationDelivery;
import vn.motcua.notification.entity.NotificationTemplate;
import vn.motcua.shared.boundary.BusinessException;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Tells the applicant by e-mail and SMS, as they chose at the desk. Each notification stored for an
 * applicant gets one delivery row per chosen channel and one message on the delivery queue, in the same
 * transaction; each message makes one attempt. A failed attempt is recorded apart and the message comes
 * back after the queue's delay, until motcua.delivery.max-attempts (keep it no higher than the queue's
 * redelivery limit); then the row is FAILED and waits for an administrator. Never blocks the dossier:
 * the dossier's own transaction only queued the notification.
 */
@Stateless
public class ApplicantDelivery {

    private static final Logger LOG = Logger.getLogger(ApplicantDelivery.class.getName());
    /** The public lookup page linked from every message (motcua.public-url, as on the receipt's QR). */
    static final String PUBLIC_URL = System.getProperty("motcua.public-url", "http://localhost:8080/motcua");
    static final int FAILURES_SHOWN = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeliveryQueue queue;

    @Inject
    SmsGateway sms;

    @Resource(lookup = "java:jboss/mail/MotCua")
    Session mailSession;

    @EJB
    DeliveryAttempts attempts;

    @Resource
    SessionContext session;

    int maxAttempts = Integer.getInteger("motcua.delivery.max-attempts", 5);

    /**
     * The deliveries of a notification just stored: none for an officer, none unless the applicant
     * consented, and none on a channel for which they gave no address. Returns the rows' ids.
     */
    @PermitAll
    public List<Long> enqueue(Notification notification) {
        if (notification.getRecipientKind() != Notification.RecipientKind.APPLICANT
                || notification.getDossierCode() == null) {
            return List.of();
        }
        Optional<Dossier> found = em.createNamedQuery("Dossier.findByCode", Dossier.class)
                .setParameter("code", notification.getDossierCode()).getResultStream().findFirst();
        if (found.isEmpty() || !String.valueOf(found.get().getApplicant().getId()).equals(notification.getRecipient())) {
            LOG.warning(() -> "Notification " + notification.getMessageId() + " names no applicant of dossier "
                    + notification.getDossierCode() + "; not delivered");
            return List.of();
        }
        Dossier dossier = found.get();
        Applicant applicant = dossier.getApplicant();
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>(2);
        for (DeliveryChannel channel : DeliveryComposer.channels(dossier.getNotificationConsent().channel(), applicant)) {
            NotificationDelivery delivery = NotificationDelivery.pending(notification, dossier, channel, now);
            em.persist(delivery);
            queue.send(delivery.getId());
            ids.add(delivery.getId());
        }
        return ids;
    }

    /**
     * One attempt at a delivery: SENT when the mail server or gateway took it. A message for a row that
     * is no longer pending (redelivered after it was sent, or given up) does nothing.
     *
     * @throws DeliveryPostponed when the attempt failed and another should follow
     */
    @PermitAll
    public void deliver(long deliveryId) {
        NotificationDelivery delivery = em.find(NotificationDelivery.class, deliveryId);
        if (delivery == null || !delivery.isPending()) {
            return;
        }
        Instant now = clock.instant();
        Envelope envelope;
        try {
            envelope = new DeliveryComposer(em, PUBLIC_URL).compose(delivery);
        } catch (Undeliverable e) {
            delivery.fail(e.getMessage(), now);
            LOG.warning(() -> "Cannot deliver " + delivery + ": " + e.getMessage());
            return;
        }
        try {
            send(delivery.getChannel(), envelope, now);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (attempts.recordFailure(deliveryId, describe(e), maxAttempts)) {
                throw new DeliveryPostponed(deliveryId, e);
            }
            return;
        }
        delivery.markSent(now);
    }

    private void send(DeliveryChannel channel, Envelope envelope, Instant at) throws MessagingException, IOException {
        if (channel == DeliveryChannel.EMAIL) {
            new MailSender(mailSession).send(envelope.address(), envelope.subject(), envelope.body(), at);
        } else {
            sms.send(envelope.address(), envelope.body());
        }
    }

    /** The failed and retrying deliveries of dossiers received in the caller's agencies, newest first. */
    @RolesAllowed("ADMIN")
    public List<DeliveryFailureDto> failures() {
        Set<Long> scope = AgencyScope.of(em, caller(), Role.ADMIN).agencyIds();
        if (scope.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("NotificationDelivery.failures", NotificationDelivery.class)
                .setParameter("scope", scope).setMaxResults(FAILURES_SHOWN).getResultStream()
                .map(DeliveryFailureDto::of).toList();
    }

    /** A FAILED delivery is tried again, with a fresh count of attempts (say, once the gateway is back). */
    @RolesAllowed("ADMIN")
    public void retry(long deliveryId) {
        NotificationDelivery delivery = em.find(NotificationDelivery.class, deliveryId);
        if (delivery == null || !AgencyScope.of(em, caller(), Role.ADMIN).covers(delivery.getDossier().getDesk())) {
            throw new BusinessException("notification.delivery.notFound");
        }
        if (delivery.getStatus() != DeliveryStatus.FAILED) {
            throw new BusinessException("notification.delivery.notFailed");
        }
        delivery.retry(clock.instant());
        queue.send(delivery.getId());
    }

    @RolesAllowed("ADMIN")
    public List<NotificationTemplateDto> templates() {
        return em.createNamedQuery("NotificationTemplate.all", NotificationTemplate.class).getResultStream()
                .map(NotificationTemplateDto::of).toList();
    }

    /** Writes the text of a topic on a channel; the next delivery uses it. The subject is ignored for an SMS. */
    @RolesAllowed("ADMIN")
    public NotificationTemplateDto saveTemplate(Notification.Topic topic, DeliveryChannel channel, String subject,
                                                String body) {
        Instant now = clock.instant();
        try {
            Optional<NotificationTemplate> existing = topic == null || channel == null ? Optional.empty()
                    : em.createNamedQuery("NotificationTemplate.find", NotificationTemplate.class)
                    .setParameter("topic", topic).setParameter("channel", channel).getResultStream().findFirst();
            NotificationTemplate template;
            if (existing.isPresent()) {
                template = existing.get();
                template.revise(subject, body, caller(), now);
            } else {
                template = NotificationTemplate.of(topic, channel, subject, body, caller(), now);
                em.persist(template);
            }
            return NotificationTemplateDto.of(template);
        } catch (DossierRuleException refusal) {
            throw new BusinessException(refusal.getMessageKey(), refusal.getArguments());
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** What the administrator reads of a failure: the exception's kind and message, and its root cause's. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName()).append(": ")
                .append(failure.getMessage());
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure) {
            text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        return text.toString();
    }
}

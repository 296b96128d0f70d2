package vn.motcua.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.dossier.entity.Notification.Topic;

import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese text of one topic on one channel, with placeholders filled at delivery. An SMS is plain
 * text without markup, at most {@value #SMS_LENGTH} characters, and has no subject; an e-mail is plain
 * text with a one-line subject. Refusals carry message keys (DossierRuleException, as the jpa module
 * cannot see the ejb module's BusinessException).
 */
@Entity
@Table(name = "notification_template")
@NamedQuery(name = "NotificationTemplate.find", query = "SELECT t FROM NotificationTemplate t"
        + " WHERE t.topic = :topic AND t.channel = :channel")
@NamedQuery(name = "NotificationTemplate.all", query = "SELECT t FROM NotificationTemplate t"
        + " ORDER BY t.topic, t.channel")
public class NotificationTemplate {

    public static final int SUBJECT_LENGTH = 200;
    public static final int EMAIL_LENGTH = 2000;
    public static final int SMS_LENGTH = 320;
    /** What a template may name: the dossier code, procedure, appointment, lookup link, applicant's name, rating link. */
    public static final Set<String> PLACEHOLDERS = Set.of("code", "procedure", "appointment", "link", "applicant", "rating");
    /** A word in braces: one of the {@link #PLACEHOLDERS}, or a mistake the administrator is told of. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_]+)}");
    /** What the applicant is told of; the other topics are for the officers' bell only. */
    public static final Set<Topic> APPLICANT_TOPICS = EnumSet.of(Topic.RECEIVED, Topic.SUPPLEMENT_REQUESTED,
            Topic.RESCHEDULED, Topic.RESULT_READY, Topic.REFUSED, Topic.STOPPED, Topic.RETURNED);

    @Id
    @SequenceGenerator(name = "notification_template_seq", sequenceName = "notification_template_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_template_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DeliveryChannel channel;

    @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = EMAIL_LENGTH)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NotificationTemplate() {
    }

    public static NotificationTemplate of(Topic topic, DeliveryChannel channel, String subject, String body,
                                          String by, Instant at) {
        if (topic == null || channel == null || !APPLICANT_TOPICS.contains(topic)) {
            throw new DossierRuleException("notification.template.topicInvalid");
        }
        NotificationTemplate template = new NotificationTemplate();
        template.topic = topic;
        template.channel = channel;
        template.revise(subject, body, by, at);
        return template;
    }

    /** New wording; every rule is checked before anything changes. */
    public void revise(String newSubject, String newBody, String by, Instant at) {
        String checkedBody = body(newBody);
        String checkedSubject = channel == DeliveryChannel.SMS ? null : subject(newSubject);
        subject = checkedSubject;
        body = checkedBody;
        updatedBy = Objects.requireNonNull(by, "by");
        updatedAt = Objects.requireNonNull(at, "at");
    }

    private String body(String text) {
        // a browser's text area sends CRLF; some Vietnamese keyboards send decomposed accents
        String cleaned = text == null ? "" : Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'),
                Normalizer.Form.NFC).strip();
        if (cleaned.isEmpty()) {
            throw new DossierRuleException("notification.template.bodyRequired");
        }
        int limit = channel == DeliveryChannel.SMS ? SMS_LENGTH : EMAIL_LENGTH;
        if (cleaned.length() > limit) {
            throw new DossierRuleException("notification.template.bodyTooLong", limit);
        }
        if (channel == DeliveryChannel.SMS && (cleaned.indexOf('<') >= 0 || cleaned.indexOf('>') >= 0)) {
            throw new DossierRuleException("notification.template.smsMarkup");
        }
        requireKnownPlaceholders(cleaned);
        return cleaned;
    }

    private static String subject(String text) {
        String cleaned = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (cleaned.isEmpty()) {
            throw new DossierRuleException("notification.template.subjectRequired");
        }
        if (cleaned.length() > SUBJECT_LENGTH) {
            throw new DossierRuleException("notification.template.subjectTooLong", SUBJECT_LENGTH);
        }
        if (cleaned.indexOf('\n') >= 0 || cleaned.indexOf('\r') >= 0) {
            throw new DossierRuleException("notification.template.subjectOneLine");
        }
        requireKnownPlaceholders(cleaned);
        return cleaned;
    }

    private static void requireKnownPlaceholders(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                throw new DossierRuleException("notification.template.unknownPlaceholder", placeholder.group());
            }
        }
    }

    public Long getId() { return id; }
    public Topic getTopic() { return topic; }
    public DeliveryChannel getChannel() { return channel; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NotificationTemplate that && topic == that.topic
                && channel == that.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, channel);
    }
}

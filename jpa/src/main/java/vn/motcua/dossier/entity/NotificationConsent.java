package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether the applicant agreed to be told by e-mail or SMS, by which, and when they agreed. Their phone
 * and e-mail are used for this only with that consent (Decree 13/2023/NĐ-CP Art. 11), and only to an
 * address they gave.
 */
@Embeddable
public class NotificationConsent {

    @Column(name = "notify_consent", nullable = false)
    private boolean consent;

    @Enumerated(EnumType.STRING)
    @Column(name = "notify_channel", nullable = false, length = 10)
    private NotifyChannel channel;

    @Column(name = "notify_consented_at")
    private Instant consentedAt;

    protected NotificationConsent() {
    }

    private NotificationConsent(boolean consent, NotifyChannel channel, Instant consentedAt) {
        this.consent = consent;
        this.channel = channel;
        this.consentedAt = consentedAt;
    }

    /** Not asked, or declined: nothing is sent. */
    public static NotificationConsent none() {
        return new NotificationConsent(false, NotifyChannel.NONE, null);
    }

    /**
     * The applicant's choice: a channel other than NONE needs their consent and an address for each
     * medium it names; NONE needs neither and clears an earlier consent.
     */
    static NotificationConsent of(boolean consent, NotifyChannel channel, Applicant applicant, Instant at) {
        NotifyChannel chosen = channel == null ? NotifyChannel.NONE : channel;
        if (chosen == NotifyChannel.NONE) {
            return none();
        }
        if (!consent) {
            throw new DossierRuleException("dossier.notify.consentRequired");
        }
        if (chosen.includesEmail() && isBlank(applicant.getEmail())) {
            throw new DossierRuleException("dossier.notify.emailMissing");
        }
        if (chosen.includesSms() && isBlank(applicant.getPhone())) {
            throw new DossierRuleException("dossier.notify.phoneMissing");
        }
        return new NotificationConsent(true, chosen, Objects.requireNonNull(at, "at"));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isGiven() {
        return consent;
    }

    /** NONE unless the applicant consented. */
    public NotifyChannel channel() {
        return consent ? channel : NotifyChannel.NONE;
    }

    public Instant consentedAt() {
        return consentedAt;
    }
}

package vn.motcua.dossier.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationConsentTest {

    private static final Instant AT = Dossiers.RECEIVED;
    private final Dossier dossier = Dossiers.received();

    private static void refused(String messageKey, Executable change) {
        assertEquals(messageKey, assertThrows(DossierRuleException.class, change).getMessageKey());
    }

    @Test
    void aDossierIsReceivedWithoutConsentAndNothingIsSent() {
        assertFalse(dossier.getNotificationConsent().isGiven());
        assertEquals(NotifyChannel.NONE, dossier.getNotificationConsent().channel());
    }

    @Test
    void aChannelNeedsConsentAndTheAddressesItNames() {
        dossier.getApplicant().updateContact(null, null, null);
        refused("dossier.notify.consentRequired", () -> dossier.chooseNotification(false, NotifyChannel.SMS, AT));
        refused("dossier.notify.phoneMissing", () -> dossier.chooseNotification(true, NotifyChannel.SMS, AT));
        refused("dossier.notify.emailMissing", () -> dossier.chooseNotification(true, NotifyChannel.BOTH, AT));
        dossier.getApplicant().updateContact("0912345678", " ", null);
        refused("dossier.notify.emailMissing", () -> dossier.chooseNotification(true, NotifyChannel.EMAIL, AT));
        assertEquals(NotifyChannel.NONE, dossier.getNotificationConsent().channel(), "nothing changed on a refusal");

        dossier.chooseNotification(true, NotifyChannel.SMS, AT);
        assertTrue(dossier.getNotificationConsent().isGiven());
        assertEquals(NotifyChannel.SMS, dossier.getNotificationConsent().channel());
        assertEquals(AT, dossier.getNotificationConsent().consentedAt());
    }

    @Test
    void noneClearsAnEarlierConsent() {
        dossier.getApplicant().updateContact("0912345678", "an@example.vn", null);
        dossier.chooseNotification(true, NotifyChannel.BOTH, AT);
        dossier.chooseNotification(true, null, AT.plusSeconds(60));
        assertFalse(dossier.getNotificationConsent().isGiven());
        assertEquals(NotifyChannel.NONE, dossier.getNotificationConsent().channel());
        assertNull(dossier.getNotificationConsent().consentedAt());
    }
}

package vn.motcua.notification.control;

import jakarta.mail.internet.AddressException;
import jakarta.persistence.EntityManager;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.NotifyChannel;
import vn.motcua.notification.entity.DeliveryChannel;
import vn.motcua.notification.entity.NotificationDelivery;
import vn.motcua.notification.entity.NotificationTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * What one delivery says and where it goes: the template of its topic and channel filled for its
 * dossier, to the address the applicant gave for that channel, as long as they still consent to it.
 */
public class DeliveryComposer {

    private final EntityManager em;
    private final String publicUrl;
    private final TemplateRenderer renderer = new TemplateRenderer();

    public DeliveryComposer(EntityManager em, String publicUrl) {
        this.em = em;
        this.publicUrl = publicUrl;
    }

    /** The channels to deliver on: those the applicant chose, for which they gave an address. */
    public static List<DeliveryChannel> channels(NotifyChannel chosen, Applicant applicant) {
        List<DeliveryChannel> channels = new ArrayList<>(2);
        if (chosen.includesEmail() && address(applicant, DeliveryChannel.EMAIL) != null) {
            channels.add(DeliveryChannel.EMAIL);
        }
        if (chosen.includesSms() && address(applicant, DeliveryChannel.SMS) != null) {
            channels.add(DeliveryChannel.SMS);
        }
        return channels;
    }

    public Envelope compose(NotificationDelivery delivery) throws Undeliverable {
        Dossier dossier = delivery.getDossier();
        DeliveryChannel channel = delivery.getChannel();
        if (!channels(dossier.getNotificationConsent().channel(), dossier.getApplicant()).contains(channel)) {
            throw new Undeliverable("the applicant no longer consents to, or gave no address for, " + channel);
        }
        String address = address(dossier.getApplicant(), channel);
        if (channel == DeliveryChannel.EMAIL) {
            try {
                MailSender.address(address);
            } catch (AddressException e) {
                throw new Undeliverable("not an e-mail address: " + e.getMessage());
            }
        }
        NotificationTemplate template = em.createNamedQuery("NotificationTemplate.find", NotificationTemplate.class)
                .setParameter("topic", delivery.getNotification().getTopic()).setParameter("channel", channel)
                .getResultStream().findFirst()
                .orElseThrow(() -> new Undeliverable("no " + channel + " template for "
                        + delivery.getNotification().getTopic()));
        FilledTemplate filled = renderer.render(template, TemplateRenderer.values(dossier, publicUrl));
        return new Envelope(address, filled.subject(), filled.body());
    }

    private static String address(Applicant applicant, DeliveryChannel channel) {
        String address = channel == DeliveryChannel.EMAIL ? applicant.getEmail() : applicant.getPhone();
        return address == null || address.isBlank() ? null : address.strip();
    }
}

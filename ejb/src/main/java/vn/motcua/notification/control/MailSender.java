package vn.motcua.notification.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Sends one plain-text e-mail through a Jakarta Mail session (in the server, java:jboss/mail/MotCua, whose
 * SMTP server and sender come from motcua.smtp.* and motcua.mail.from). Subject and body go in UTF-8, so
 * the Vietnamese arrives as written; marked auto-generated (RFC 3834) so that nobody's autoresponder
 * answers it.
 */
public class MailSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;

    public MailSender(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public MimeMessage compose(String to, String subject, String body, Instant at) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, address(to));
        message.setSubject(subject, UTF_8);
        message.setText(body, UTF_8);
        message.setSentDate(Date.from(at));
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    public void send(String to, String subject, String body, Instant at) throws MessagingException {
        Transport.send(compose(to, subject, body, at));
    }

    /** One address in the strict syntax of RFC 822; anything else can never be delivered. */
    public static InternetAddress address(String text) throws AddressException {
        InternetAddress address = new InternetAddress(text == null ? "" : text.strip(), true);
        address.validate();
        return address;
    }
}

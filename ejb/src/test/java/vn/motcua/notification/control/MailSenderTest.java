package vn.motcua.notification.control;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plain-text e-mail in UTF-8 through a real SMTP conversation (GreenMail on a free port). */
class MailSenderTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String SUBJECT = "Hồ sơ 000.01.19.H21-260302-0001 đã có kết quả";
    private static final String BODY = "Kính gửi ông/bà Nguyễn Thị Ánh Tuyết,\n\nHồ sơ đã có kết quả. Mời ông/bà đến"
            + " Bộ phận Một cửa huyện Chư Sê nhận kết quả.";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** As WildFly's mail session java:jboss/mail/MotCua is configured: an SMTP server and a sender. */
    static Session session(GreenMailExtension greenMail) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", greenMail.getSmtp().getBindTo());
        properties.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        properties.put("mail.from", "motcua@chuse.gialai.gov.vn");
        return Session.getInstance(properties);
    }

    @Test
    void vietnameseSubjectAndBodyArriveIntact() throws MessagingException, IOException {
        new MailSender(session(greenMail)).send("tuyet.nguyen@example.vn", SUBJECT, BODY, AT);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals(SUBJECT, mail.getSubject());
        assertEquals(BODY, ((String) mail.getContent()).replace("\r\n", "\n"), "SMTP may send CRLF line ends");
        assertTrue(mail.getContentType().toLowerCase().startsWith("text/plain"), mail.getContentType());
        assertTrue(mail.getContentType().toLowerCase().contains("charset=utf-8"), mail.getContentType());
        assertTrue(mail.getHeader("Subject")[0].startsWith("=?UTF-8?"), "the subject header is encoded");
        assertArrayEquals(new InternetAddress[] {new InternetAddress("tuyet.nguyen@example.vn")}, mail.getAllRecipients());
        assertArrayEquals(new InternetAddress[] {new InternetAddress("motcua@chuse.gialai.gov.vn")}, mail.getFrom());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
        assertEquals(Date.from(AT), mail.getSentDate());
    }

    @Test
    void anAddressThatIsNotOneIsRefusedBeforeAnythingIsSent() {
        MailSender sender = new MailSender(session(greenMail));
        assertThrows(AddressException.class, () -> sender.send("tuyet.nguyen", SUBJECT, BODY, AT));
        assertThrows(AddressException.class, () -> sender.send("a@b.vn, c@d.vn", SUBJECT, BODY, AT));
        assertThrows(AddressException.class, () -> sender.send(null, SUBJECT, BODY, AT));
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void noMailServerIsAFailure() {
        Session session = session(greenMail);
        greenMail.stop();
        assertThrows(MessagingException.class, () -> new MailSender(session).send("a@example.vn", SUBJECT, BODY, AT));
    }
}

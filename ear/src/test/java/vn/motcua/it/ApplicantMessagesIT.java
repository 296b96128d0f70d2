package vn.motcua.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk records that the applicant wants e-mail; once the dossier is received, the receipt's
 * message reaches their mailbox (the server sends to localhost:3025, where this test listens) from
 * the editable template, in Vietnamese, through the delivery queue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicantMessagesIT extends BrowserPages {

    private GreenMail mailbox;

    @BeforeEach
    void listen() {
        mailbox = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailbox.start();
    }

    @AfterEach
    void stopListening() {
        mailbox.stop();
    }

    @Test
    void anApplicantWhoConsentsGetsTheReceiptByEmail() throws Exception {
        openAs("tiepnhan", "reception");
        chooseSecuredTransaction();
        browser.findElement(By.cssSelector("#receptionForm\\:documents .ui-chkbox-box")).click();
        fillApplicant(String.format("0643%08d", Instant.now().getEpochSecond() % 100_000_000));
        browser.findElement(By.id("receptionForm:email")).sendKeys("nguoinop@example.vn");
        // in the middle of the window, so that the list opens below it, clear of the form's foot
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})",
                browser.findElement(By.id("receptionForm:notifyChannel")));
        browser.findElement(By.id("receptionForm:notifyChannel")).click();
        // the list fades in: an item clicked before it is fully shown is not taken
        waiting().until(driver -> "1".equals(driver.findElement(By.id("receptionForm:notifyChannel_panel")).getCssValue("opacity")));
        browser.findElement(By.cssSelector("#receptionForm\\:notifyChannel_items li[data-label='Thư điện tử']")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("receptionForm:notifyChannel_label"), "Thư điện tử"));
        // the list closes with a short fade over the consent box: wait until it is gone
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("receptionForm:notifyChannel_panel")));
        browser.findElement(By.cssSelector("#receptionForm\\:notifyConsent .ui-chkbox-box")).click();
        browser.findElement(By.id("receptionForm:receive")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dossierCode")));
        String code = browser.findElement(By.id("dossierCode")).getText();

        assertTrue(mailbox.waitForIncomingEmail(20_000, 1), "the receipt's e-mail arrives");
        MimeMessage mail = mailbox.getReceivedMessages()[0];
        assertEquals("nguoinop@example.vn", Arrays.toString(mail.getAllRecipients()).replaceAll("[\\[\\]]", ""));
        assertTrue(mail.getSubject().contains(code), mail.getSubject());
        assertTrue(mail.getSubject().startsWith("Đã tiếp nhận hồ sơ"), mail.getSubject());
        String body = String.valueOf(mail.getContent());
        assertTrue(body.contains(code) && body.contains("/lookup"), body);
    }
}

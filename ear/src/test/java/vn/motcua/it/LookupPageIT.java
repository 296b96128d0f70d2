package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen follows the QR link of their receipt, types the PIN and reads where the dossier is, with
 * no account; a wrong PIN is explained in Vietnamese. The page is light: no script, styles inline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LookupPageIT extends BrowserPages {

    @Test
    void theReceiptsLinkAndPinShowTheDossierToAnyone() throws Exception {
        openAs("tiepnhan", "reception");
        chooseSecuredTransaction();
        browser.findElement(By.cssSelector("#receptionForm\\:documents .ui-chkbox-box")).click();
        fillApplicant(String.format("0642%08d", Instant.now().getEpochSecond() % 100_000_000));
        browser.findElement(By.id("receptionForm:receive")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dossierCode")));
        String code = browser.findElement(By.id("dossierCode")).getText();
        String pin = browser.findElement(By.id("pin")).getText();
        browser.quit();

        browser = Browser.open();
        browser.get(base + "lookup?code=" + code);
        assertEquals(code, browser.findElement(By.id("code")).getAttribute("value"), "the QR link fills the code");
        browser.findElement(By.id("pin")).sendKeys(pin.equals("000000") ? "000001" : "000000");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Không tìm thấy hồ sơ"));

        browser.findElement(By.id("pin")).sendKeys(pin);
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertEquals("Hồ sơ đã được tiếp nhận.", browser.findElement(By.id("status")).getText());
        assertEquals("Trần T** Á** N*****", browser.findElement(By.id("applicant")).getText());
        assertTrue(browser.findElement(By.id("appointment")).getText().matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"),
                browser.findElement(By.id("appointment")).getText());
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("Tiếp nhận hồ sơ"));
        assertFalse(browser.getPageSource().contains("0912345678"), "no phone number");
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "a public page opens no session");
        Browser.screenshot(browser, "lookup-found");
    }

    @Test
    void thePageIsOneLightDocument() throws Exception {
        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "lookup"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(page.body().length < 30 * 1024, "compressed bytes: " + page.body().length);
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link rel=\"stylesheet\""), "styles inline: one round trip");
        assertTrue(html.contains("Tra cứu hồ sơ"));
    }
}

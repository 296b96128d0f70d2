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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen takes a number at the kiosk in real Chromium; the display board of the desk goes live. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueKioskPageIT extends BrowserPages {

    private static final String KIOSK = "ticket?desk=000.01.19.H21&station=K9&kiosk=1";

    @Test
    void aCitizenPicksAGroupAndSeesTheirNumberPeopleAheadAndWait() {
        browser = Browser.open();
        browser.get(base + KIOSK);
        browser.findElement(By.id("priority")).sendKeys("Người cao tuổi");
        browser.findElement(By.id("group-B")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("number")));
        String number = browser.findElement(By.id("number")).getText();
        assertTrue(number.matches("B\\d{3}"), number);
        assertEquals("Tư pháp – hộ tịch, chứng thực", browser.findElement(By.id("group")).getText());
        assertTrue(browser.findElement(By.id("ahead")).getText().matches("\\d+"));
        assertTrue(browser.findElement(By.id("wait")).getText().matches("\\d+ phút"), browser.findElement(By.id("wait")).getText());
        assertTrue(browser.findElement(By.id("printNotice")).getText().contains("ghi nhớ số"),
                "no printer for this kiosk: the number on screen is the ticket");
        Browser.screenshot(browser, "queue-kiosk-ticket");
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")), "no session");

        browser.findElement(By.id("again")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("group-A")));
    }

    @Test
    void aForgedRequestIsRefusedAndAReplayedOneGetsTheSameNumber() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> forged = post(client, "desk=000.01.19.H21&station=K9&token=abc&group=A");
        assertEquals(200, forged.statusCode());
        assertTrue(forged.body().contains("Yêu cầu lấy số không hợp lệ"), forged.body());
        assertFalse(forged.body().contains("id=\"number\""));

        String form = client.send(HttpRequest.newBuilder(URI.create(base + KIOSK)).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(token.find(), form);
        String request = "desk=000.01.19.H21&station=K9&group=C&token=" + token.group(1);
        String first = number(post(client, request).body());
        assertEquals(first, number(post(client, request).body()), "the same form sent twice: one number");
    }

    private HttpResponse<String> post(HttpClient client, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "ticket"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String number(String page) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("id=\"number\">([A-Z]\\d{3})<").matcher(page);
        assertTrue(number.find(), page);
        return number.group(1);
    }

    @Test
    void theBoardShowsTheDesksCountersAndGoesLive() {
        browser = Browser.open();
        browser.get(base + "board?desk=000.01.19.H21");
        waiting().until(ExpectedConditions.attributeToBe(By.id("status"), "class", "on"));
        assertTrue(browser.findElement(By.id("counters")).getText().contains("Quầy 5 – Trả kết quả"));
        assertTrue(browser.getPageSource().contains("Vừa gọi"), "in Vietnamese");
        Browser.screenshot(browser, "queue-board");
    }
}

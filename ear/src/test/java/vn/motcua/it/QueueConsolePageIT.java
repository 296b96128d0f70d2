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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reception officer sits at a counter, calls, serves and finishes a number; a leader reads the statistics. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueConsolePageIT extends BrowserPages {

    @Test
    void anOfficerCallsServesAndFinishesANumberAndALeaderSeesItCounted() throws Exception {
        openAs("tiepnhan", "queue/console");
        if (!browser.findElements(By.id("consoleForm:leave")).isEmpty()) {
            browser.findElement(By.id("consoleForm:leave")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("consoleForm:sit")));
        }
        browser.findElement(By.id("consoleForm:sit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("consoleForm:next")));
        // leave the counter empty: anything an earlier test left at it is marked absent
        while (!browser.findElements(By.id("current")).isEmpty()) {
            browser.findElement(By.id("consoleForm:skip")).click();
            waiting().until(ExpectedConditions.stalenessOf(browser.findElement(By.id("consoleForm:skip"))));
        }
        String label = kioskNumber("A");
        String called;
        int tries = 0;
        do {
            assertTrue(tries++ < 200, "the number never came");
            browser.findElement(By.id("consoleForm:next")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current")));
            called = browser.findElement(By.id("current")).getText();
            if (!called.equals(label)) {
                browser.findElement(By.id("consoleForm:skip")).click();
                waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("current")));
            }
        } while (!called.equals(label));
        browser.findElement(By.id("consoleForm:start")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("consoleForm"), "Đang phục vụ"));
        browser.findElement(By.id("consoleForm:finish")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("current")));
        Browser.screenshot(browser, "queue-console");
        browser.quit();

        openAs("lanhdao", "queue/statistics");
        browser.findElement(By.id("statisticsForm:show")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("statisticsForm:rows"), "A – Đất đai"));
        assertTrue(browser.findElement(By.id("statisticsForm:chart")).isDisplayed());
        Browser.screenshot(browser, "queue-statistics");
    }

    /** Takes a number at the kiosk page over HTTP, as a kiosk would. */
    private String kioskNumber(String group) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "ticket?desk=000.01.19.H21&station=K8")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(token.find(), form);
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "ticket"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("desk=000.01.19.H21&station=K8&group=" + group + "&token=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher number = Pattern.compile("id=\"number\">([A-Z]\\d{3})<").matcher(page);
        assertTrue(number.find(), page);
        return number.group(1);
    }
}

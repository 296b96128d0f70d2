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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen finds a procedure without typing accents and reads what to bring, without an account; at
 * the kiosk the on-screen keyboard types Vietnamese by Telex.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidePageIT extends BrowserPages {

    @Test
    void aSearchWithoutAccentsLeadsToTheProcedureAndItsDocuments() throws Exception {
        browser = Browser.open();
        browser.get(base + "guide/");
        browser.findElement(By.id("q")).sendKeys("dang ky the chap");
        browser.findElement(By.id("go")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        browser.findElement(By.partialLinkText("Đăng ký thế chấp quyền sử dụng đất")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
        assertTrue(browser.findElement(By.id("documents")).getText().contains("Phiếu yêu cầu đăng ký thế chấp"));
        assertTrue(browser.findElement(By.id("term")).getText().contains("15:00"), browser.findElement(By.id("term")).getText());
        assertTrue(browser.findElement(By.id("channels")).getText().contains("Trực tiếp"));
        Browser.screenshot(browser, "guide-procedure");

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "guide/procedure?code=1.000948.H21")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("public, max-age=300", page.headers().firstValue("Cache-Control").orElse(""), "cacheable");
        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "guide/procedure?code=%3Cscript%3E")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Không tìm thấy thủ tục này"), "a clear message, not an error page");
    }

    @Test
    void theKioskKeyboardTypesVietnameseByTelex() {
        browser = Browser.open();
        browser.get(base + "guide/?kiosk=1");
        browser.findElement(By.id("q")).click();
        for (String key : new String[] {"t", "h", "u", "r", " ", "t", "u", "c", "j"}) {
            browser.findElement(By.cssSelector("button[data-key='" + key + "']")).click();
        }
        assertEquals("thủ tục", browser.findElement(By.id("q")).getAttribute("value"));
        browser.findElement(By.cssSelector("button[data-key='Enter']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertTrue(browser.getCurrentUrl().contains("kiosk=1"), "the kiosk stays in kiosk mode");
        Browser.screenshot(browser, "guide-kiosk");
    }
}

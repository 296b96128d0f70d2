package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two officers chat in two Chromium sessions: one writes, the other sees it live and answers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatPageIT extends BrowserPages {

    private WebDriver other;

    @AfterEach
    void closeOther() {
        if (other != null) {
            other.quit();
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void write(WebDriver driver, String text) {
        wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("chatBody"))).sendKeys(text, Keys.ENTER);
    }

    @Test
    void twoOfficersExchangeMessagesLive() {
        openAs("yte", "chat?with=kinhte");
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chatTitle"), "Nguyễn Đức Thắng"));
        other = Browser.signedIn(base, "kinhte");
        other.get(base + "chat?with=yte");
        wait(other).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chatTitle"), "Võ Minh Tâm"));

        write(browser, "Anh Thắng ơi, hồ sơ <b>cấp phép</b> đã xong chưa?");
        wait(other).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chatMessages"),
                "hồ sơ <b>cấp phép</b> đã xong chưa?"));
        assertTrue(other.findElements(By.cssSelector("#chatMessages b")).isEmpty(), "markup is shown as text");

        write(other, "Xong rồi chị, chiều nay chuyển sang.");
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chatMessages"),
                "Xong rồi chị, chiều nay chuyển sang."));
        assertTrue(browser.findElement(By.id("chatMembers")).getText().contains("kinhte"));
        wait(browser).until(ExpectedConditions.attributeToBe(By.cssSelector("#chatMembers [data-officer='kinhte']"),
                "data-presence", "ONLINE"));
        Browser.screenshot(browser, "chat");

        write(browser, "Cảm ơn anh");
        wait(other).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chatMessages"), "Cảm ơn anh"));
        other.get(base + "index");
        assertTrue(other.findElement(By.cssSelector(".chat-badge")).isDisplayed());
    }

    @Test
    void theDossierPageOpensTheDossiersThread() {
        String code = ChatSocketIT.demoDossierReceivedToday();
        openAs("lanhdao", "dossiers/dossier?code=" + code);
        browser.findElement(By.cssSelector("a.chat-thread-link")).click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chatTitle"), code));
        write(browser, "Đề nghị bộ phận một cửa kiểm tra lại " + code);
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chatMessages a.dossier-link")));
    }
}

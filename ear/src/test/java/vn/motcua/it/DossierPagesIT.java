package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.dossier.control.FormPdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the desk and a department click: receive with a scan, find the dossier in the inbox, forward
 * it; the land office takes it from its own inbox and asks for a supplement, printing form 02.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DossierPagesIT extends BrowserPages {

    private static Path scan() throws IOException {
        Path file = Files.createTempFile("phieu-yeu-cau-", ".pdf");
        Files.write(file, FormPdf.render(d -> FormPdf.add(d, new com.lowagie.text.Paragraph("Phiếu yêu cầu đăng ký"))));
        return file;
    }

    private String receiveWithScan() throws IOException {
        browser.findElement(By.id("receptionForm:search")).sendKeys("1.000948.H21");
        browser.findElement(By.id("receptionForm:find")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("receptionForm:documents"), "Phiếu yêu cầu"));
        WebElement upload = browser.findElement(By.cssSelector("#receptionForm\\:documents input[type=file]"));
        upload.sendKeys(scan().toString());
        waiting().until(ExpectedConditions.textMatches(By.cssSelector("#receptionForm\\:documents [id$='scanName']"),
                java.util.regex.Pattern.compile("phieu-yeu-cau-.*\\.pdf")));
        browser.findElement(By.id("receptionForm:name")).sendKeys("Đinh Thị Thu Hà");
        browser.findElement(By.id("receptionForm:idNumber")).sendKeys(String.format("0641%08d", Instant.now().getEpochSecond() % 100_000_000));
        browser.findElement(By.id("receptionForm:address")).sendKeys("Xã Ia Pal, huyện Chư Sê, tỉnh Gia Lai");
        browser.findElement(By.id("receptionForm:receive")).click();
        try {
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dossierCode")));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "reception-with-scan-failed");
            throw new AssertionError(browser.findElement(By.id("messages")).getText(), e);
        }
        return browser.findElement(By.id("dossierCode")).getText();
    }

    /** The routing message reaches the department a moment after the commit: reload the inbox until it shows. */
    private void openFromInbox(String code) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            browser.get(base + "dossiers/inbox");
            browser.findElement(By.id("inboxForm:text")).sendKeys(code);
            browser.findElement(By.id("inboxForm:filter")).click();
            try {
                waiting().withTimeout(Duration.ofSeconds(3)).until(ExpectedConditions.elementToBeClickable(By.linkText(code)));
                break;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (Instant.now().isAfter(giveUp)) {
                    throw notYet;
                }
            }
        }
        // the filter's answer may repaint the table once more after the link first shows: click the fresh one
        waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.linkText(code)).click();
            return true;
        });
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), code));
    }

    private void act(String action) {
        browser.findElement(By.xpath("//button[.//span[normalize-space()='" + action + "']]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:confirm")));
    }

    @Test
    void theDeskForwardsAndTheLandOfficeAsksForASupplement() throws IOException {
        openAs("tiepnhan", "reception");
        String code = receiveWithScan();

        openFromInbox(code);
        assertTrue(browser.findElement(By.id("documents")).getText().contains("Phiếu yêu cầu đăng ký thế chấp"));
        act("Chuyển bước tiếp");
        browser.findElement(By.id("actionForm:note")).sendKeys("Chuyển Chi nhánh Văn phòng đăng ký đất đai");
        browser.findElement(By.id("actionForm:confirm")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã chuyển hồ sơ " + code));
        assertEquals("Đang giải quyết", browser.findElement(By.id("status")).getText());
        Browser.screenshot(browser, "dossier-forwarded");
        browser.quit();

        openAs("chuyenvien", "dossiers/inbox");
        openFromInbox(code);
        act("Yêu cầu bổ sung");
        browser.findElement(By.id("actionForm:lines")).sendKeys("Hợp đồng thế chấp có công chứng\nBản sao Giấy chứng nhận");
        browser.findElement(By.id("actionForm:note")).sendKeys("Hồ sơ thiếu hợp đồng thế chấp");
        browser.findElement(By.id("actionForm:confirm")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Đã lập phiếu yêu cầu bổ sung cho hồ sơ " + code));
        assertEquals("Chờ bổ sung", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElement(By.id("dossierForm:downloadIssued")).isDisplayed(), "form 02 is ready to print");
        assertTrue(browser.findElement(By.id("documents")).getText().contains("phieu-yeu-cau-bo-sung"));
        Browser.screenshot(browser, "dossier-supplement-requested");
    }

    @Test
    void aReceivedDossierIsFoundByTheApplicantsNameWithoutAccentsAndTheLeaderSeesItsDesk() throws IOException {
        openAs("tiepnhan", "reception");
        String code = receiveWithScan();
        browser.get(base + "dossiers/search");
        browser.findElement(By.id("searchForm:text")).sendKeys("dinh thi thu ha");
        browser.findElement(By.id("searchForm:find")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(code)));
        Browser.screenshot(browser, "dossier-search");
        browser.quit();

        openAs("lanhdao", "direction");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("directionForm:departments"),
                "Bộ phận tiếp nhận và trả kết quả"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("total")).getText()) >= 1);
        Browser.screenshot(browser, "direction");
    }

    @Test
    void anEmptyRefusalIsExplainedAndChangesNothing() throws IOException {
        openAs("tiepnhan", "reception");
        openFromInbox(receiveWithScan());
        String status = browser.findElement(By.id("status")).getText();
        act("Từ chối giải quyết");
        browser.findElement(By.id("actionForm:confirm")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Vui lòng nêu rõ lý do."));
        assertEquals(status, browser.findElement(By.id("status")).getText());
        Browser.screenshot(browser, "dossier-refusal-without-reason");
    }
}

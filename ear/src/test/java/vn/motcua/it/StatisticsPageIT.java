package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leader reads report II.06a of their district for the year, opens the dossiers behind the received
 * total, and sees the 766 scorecard; the province office reaches the provincial runs; a desk officer
 * is not let in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsPageIT extends BrowserPages {

    @Test
    void aLeaderReadsReportII06aAndOpensTheDossiersBehindAFigure() {
        openAs("lanhdao", "statistics");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ii06aTable")));
        browser.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().contains("Năm nay")).findFirst().orElseThrow().click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ii06a"), "Từ ngày 01/01/"));
        String page = browser.findElement(By.id("statisticsForm")).getText();
        assertTrue(page.contains("Biểu II.06a/VPCP/KSTT") && page.contains("Tổng cộng") && page.contains("Bộ chỉ số 766"), page);
        List<WebElement> totals = browser.findElements(By.cssSelector("tr.total td.figure a"));
        assertEquals(11, totals.size());
        String received = totals.get(0).getText();
        assertTrue(Integer.parseInt(received) >= 1, "the demo dossiers of this year: " + received);
        totals.get(0).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.drilled")));
        assertEquals(Integer.parseInt(received), browser.findElements(By.cssSelector("a.drilled")).size());
        assertEquals(received, browser.findElement(By.id("tileReceived")).getText());
        Browser.screenshot(browser, "statistics");
    }

    @Test
    void theProvinceOfficeSeesTheProvincialRuns() {
        openAs("tinh", "statistics/provincial");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("provincialForm:runs")));
        assertTrue(browser.findElement(By.id("provincialForm")).getText().contains("Báo cáo đã xuất"));
    }

    @Test
    void aDeskOfficerIsRefused() {
        openAs("tiepnhan", "statistics");
        assertTrue(browser.getPageSource().contains("403") || browser.getPageSource().contains("không có quyền"),
                browser.getTitle());
    }
}

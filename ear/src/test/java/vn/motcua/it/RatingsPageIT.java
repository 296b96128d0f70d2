package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A leader reads the satisfaction of the month; a desk officer is not let in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatingsPageIT extends BrowserPages {

    @Test
    void aLeaderSeesTheRatingsByFieldAgencyAndOfficer() {
        openAs("lanhdao", "ratings");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("overall")));
        String page = browser.findElement(By.id("ratingsForm")).getText();
        assertTrue(page.contains("lượt đánh giá") && page.contains("Theo lĩnh vực") && page.contains("Theo cán bộ"), page);
        Browser.screenshot(browser, "ratings");
    }

    @Test
    void aDeskOfficerIsRefused() {
        openAs("tiepnhan", "ratings");
        assertTrue(browser.getPageSource().contains("403") || browser.getPageSource().contains("không có quyền"),
                browser.getTitle());
    }
}

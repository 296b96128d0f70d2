package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar and reference-list screens in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationPagesIT extends BrowserPages {

    @BeforeEach
    void signInAsAdministrator() {
        browser = Browser.signedIn(base, "quantri");
    }

    @Test
    void theCalculatorSkipsTet2026() {
        browser.get(base + "admin/calendar");
        WebElement received = browser.findElement(By.id("calendarForm:receivedAt_input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '13/02/2026 15:00'", received);
        // the date picker's popup stays over the button while open; press it as a touch would
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(By.id("calendarForm:compute")));
        waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("calendarForm:due"), "15:00:00 23/02/2026"));
        assertTrue(browser.findElement(By.id("calendarForm:days")).getText().contains("Tết"));
        Browser.screenshot(browser, "calendar");
    }

    @Test
    void theAgencyTreeShowsTheDistrictAndItsHistory() {
        browser.get(base + "admin/agencies");
        WebDriverWait wait = waiting();
        browser.findElement(By.xpath("//td[contains(.,'Phòng Y tế')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changeForm"), "Phòng Y tế"));
        Browser.screenshot(browser, "agency-tree");
        assertTrue(browser.findElement(By.id("treeForm:tree")).getText().contains("Ủy ban nhân dân huyện Chư Sê"));
    }

    @Test
    void theDeskCountersAreListedWithTheirFields() {
        browser.get(base + "admin/counters");
        String counters = browser.findElement(By.id("countersForm:counters")).getText();
        assertTrue(counters.contains("Quầy 3 – Tư pháp, hộ tịch, chứng thực"), counters);
        assertTrue(counters.contains("Đất đai"), counters);
        Browser.screenshot(browser, "counters");
    }

    @Test
    void anAdministratorSetsAGroupsDailyCapAndIsToldWhyBadHoursAreRefused() {
        browser.get(base + "admin/queue-groups");
        String groups = browser.findElement(By.id("groupsForm:groups")).getText();
        assertTrue(groups.contains("Đất đai") && groups.contains("Trả kết quả"), groups);
        // D, the return-of-results group, is the fourth row
        browser.findElement(By.id("groupsForm:groups:3:editGroup")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm"), "Sửa D"));
        WebElement cap = browser.findElement(By.id("editForm:cap_input"));
        cap.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "250");
        browser.findElement(By.id("editForm:save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu nhóm dịch vụ."));
        assertTrue(browser.findElement(By.xpath("//tbody[@id='groupsForm:groups_data']/tr[4]")).getText().contains("250"),
                browser.findElement(By.id("groupsForm:groups")).getText());

        browser.findElement(By.id("groupsForm:groups:3:editGroup")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm"), "Sửa D"));
        WebElement opens = browser.findElement(By.id("editForm:opensAt"));
        opens.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "1800");
        WebElement closes = browser.findElement(By.id("editForm:closesAt"));
        closes.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "0700");
        browser.findElement(By.id("editForm:save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "giờ bắt đầu phải trước giờ kết thúc"));
        Browser.screenshot(browser, "queue-groups");
        assertTrue(!browser.findElement(By.xpath("//tbody[@id='groupsForm:groups_data']/tr[4]")).getText().contains("18:00"),
                "nothing changed");
    }

    @Test
    void referenceListsAreShownWithTheirVietnameseNames() {
        browser.get(base + "admin/reference-lists");
        String entries = browser.findElement(By.id("referenceForm:entries")).getText();
        assertTrue(entries.contains("Bản sao có chứng thực"), entries);
        Browser.screenshot(browser, "reference-lists");
    }
}

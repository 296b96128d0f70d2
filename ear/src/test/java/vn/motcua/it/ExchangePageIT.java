package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's exchange screen in Chromium: departments with their queues, connecting one, the dead letters. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangePageIT extends BrowserPages {

    @Test
    void anAdministratorConnectsADepartmentWhoseQueuesExist() {
        browser = Browser.signedIn(base, "quantri");
        browser.get(base + "admin/exchange");
        String departments = browser.findElement(By.id("exchangeForm:departments")).getText();
        assertTrue(departments.contains("Phòng Tư pháp (000.04.19.H21)"), departments);
        assertTrue(departments.contains("motcua.dept.000.04.19.H21.out / .in"), departments);
        assertTrue(departments.contains("Phòng Y tế") && departments.contains("Chưa khai báo hàng đợi"),
                "a department without queues says so: " + departments);
        WebElement justice = browser.findElement(By.xpath("//tr[contains(.,'000.04.19.H21')]"));
        if (!justice.getText().contains("Đã kết nối")) {
            justice.findElement(By.xpath(".//button[contains(.,'Kết nối')]")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.xpath("//tr[contains(.,'000.04.19.H21')]"), "Đã kết nối"));
        }
        assertTrue(browser.findElement(By.id("exchangeForm:letters")).isDisplayed());
        Browser.screenshot(browser, "exchange");
    }

    @Test
    void aDepartmentWithoutQueuesCannotBeConnectedAndOfficersCannotOpenTheScreen() {
        browser = Browser.signedIn(base, "quantri");
        browser.get(base + "admin/exchange");
        WebElement health = browser.findElement(By.xpath("//tr[contains(.,'000.07.19.H21')]"));
        health.findElement(By.xpath(".//button[contains(.,'Kết nối')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Chưa có hàng đợi"));
        assertTrue(browser.findElement(By.xpath("//tr[contains(.,'000.07.19.H21')]")).getText().contains("Chưa kết nối"));

        browser.quit();
        browser = Browser.signedIn(base, "chuyenvien");
        browser.get(base + "admin/exchange");
        assertEquals(false, browser.getPageSource().contains("exchangeForm"), "ADMIN only");
    }
}

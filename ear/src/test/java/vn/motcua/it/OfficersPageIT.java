package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator opens an account on the PrimeFaces screen, and bad input is explained in Vietnamese. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficersPageIT extends BrowserPages {

    @BeforeEach
    void signInAsAdministrator() {
        openAs("quantri", "admin/officers");
    }

    private void fillAndSave(String username, String fullName, String password) {
        browser.findElement(By.id("officersForm:openNew")).click();
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openForm:username")));
        browser.findElement(By.id("openForm:username")).sendKeys(username);
        browser.findElement(By.id("openForm:fullName")).sendKeys(fullName);
        choose("openAgency", "000.04.19.H21");
        choose("openRole", "SPECIALIST");
        browser.findElement(By.id("openForm:temporary")).sendKeys(password);
        browser.findElement(By.id("openForm:save")).click();
    }

    /** Chooses a value in a PrimeFaces select menu through its widget, as a click on the item would. */
    private void choose(String widget, String value) {
        ((JavascriptExecutor) browser).executeScript("PF(arguments[0]).selectValue(arguments[1])", widget, value);
    }

    @Test
    void anAdministratorOpensAnAccountFromTheScreen() {
        String username = "cv." + UUID.randomUUID().toString().substring(0, 6);
        fillAndSave(username, "Siu Hồng Nhung", "Tam-thoi-2026");
        waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("officersForm:officers"), username));
        Browser.screenshot(browser, "officers");
        assertTrue(browser.findElement(By.id("officersForm:officers")).getText().contains("Siu Hồng Nhung"));
    }

    @Test
    void anAdministratorGivesAnOfficerASecondRoleInAnotherAgency() {
        String username = "cv." + UUID.randomUUID().toString().substring(0, 6);
        fillAndSave(username, "Rơ Mah Thị Hạnh", "Tam-thoi-2026");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("officersForm:officers"), username));
        browser.findElement(By.xpath("//tr[contains(.,'" + username + "')]//button[contains(.,'Giao vai trò')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grantForm:role")));
        choose("grantRole", "LEADER");
        choose("grantAgency", "000.07.19.H21");
        browser.findElement(By.id("grantForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//tr[contains(.,'" + username + "')]"), "Lãnh đạo – Phòng Y tế"));
    }

    @Test
    void aTakenUsernameIsRefusedWithAVietnameseMessage() {
        fillAndSave("tiepnhan", "Người Trùng Tên", "Tam-thoi-2026");
        waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("openMessages"), "Tên đăng nhập tiepnhan đã được dùng."));
        Browser.screenshot(browser, "officers-taken");
    }
}

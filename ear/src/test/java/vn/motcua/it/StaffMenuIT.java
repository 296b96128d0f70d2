package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Officers sign in in real Chromium and see the menu their roles allow. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffMenuIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void signIn(String username) {
        Browser.signIn(browser, base, username);
    }

    private String menuText() {
        return browser.findElement(By.id("menuForm:menu")).getAttribute("textContent");
    }

    @Test
    void theLoginPageIsVietnamese() {
        browser.get(base + "login");
        Browser.screenshot(browser, "login");
        assertEquals("Đăng nhập – MotCua", browser.getTitle());
        assertTrue(browser.getPageSource().contains("Tên đăng nhập"));
    }

    @Test
    void anAdministratorSeesTheAdministrationMenu() {
        signIn("quantri");
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("Phạm Quốc Huy"));
        Browser.screenshot(browser, "home-admin");
        String menu = menuText();
        assertTrue(menu.contains("Quản trị"), menu);
        assertTrue(menu.contains("Nhật ký hệ thống"), menu);
        browser.get(base + "agencies");
        assertTrue(browser.getPageSource().contains("Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê"));
        Browser.screenshot(browser, "agencies");
    }

    @Test
    void aReceptionOfficerSeesNoAdministrationMenu() {
        signIn("tiepnhan");
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("Nguyễn Thị Lan"));
        String menu = menuText();
        assertTrue(menu.contains("Trang chủ"), menu);
        assertTrue(menu.contains("Đổi mật khẩu"), menu);
        assertFalse(menu.contains("Quản trị"), menu);
        assertFalse(menu.contains("Nhật ký hệ thống"), menu);
        assertFalse(menu.contains("Cơ quan, đơn vị"), menu);
        assertTrue(browser.findElement(By.id("roles")).getText().contains("Cán bộ tiếp nhận"));
        Browser.screenshot(browser, "home-reception");
    }

    @Test
    void aLeaderSeesTheAgencyTreeButNoAdministration() {
        signIn("lanhdao");
        String menu = menuText();
        assertTrue(menu.contains("Cơ quan, đơn vị"), menu);
        assertFalse(menu.contains("Quản trị"), menu);
        assertTrue(browser.findElement(By.id("roles")).getText().contains("Lãnh đạo"));
    }

    @Test
    void theShellSwitchesToEnglishAndSignsOut() {
        signIn("lanhdao");
        browser.findElement(By.id("shellForm:langEn")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("menuForm:menu"), "Home"));
        browser.get(base + "logout");
        assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());
    }

    @Test
    void aWrongPasswordShowsAVietnameseMessage() {
        browser.get(base + "login");
        browser.findElement(By.id("loginForm:username")).sendKeys("vanthu");
        browser.findElement(By.id("loginForm:password")).sendKeys("khong-dung-1");
        browser.findElement(By.id("loginForm:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("loginForm:messages"), "Tên đăng nhập hoặc mật khẩu không đúng."));
        Browser.screenshot(browser, "login-failed");
    }
}

package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

/** What every browser test shares: the real EAR, its address, one Chromium per test, closed after it. */
abstract class BrowserPages {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;

    /** Signs a demo officer in and opens a page of the staff web. */
    protected void openAs(String username, String path) {
        browser = Browser.signedIn(base, username);
        browser.get(base + path);
    }

    /** On the reception page: the secured-transaction procedure, its checklist shown. */
    protected void chooseSecuredTransaction() {
        browser.findElement(By.id("receptionForm:search")).sendKeys("1.000948.H21");
        browser.findElement(By.id("receptionForm:find")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("receptionForm:documents"), "Phiếu yêu cầu"));
    }

    /** On the reception page: the applicant's fields, with this identity number. */
    protected void fillApplicant(String idNumber) {
        browser.findElement(By.id("receptionForm:name")).sendKeys("Trần Thị Ánh Nguyệt");
        browser.findElement(By.id("receptionForm:idNumber")).sendKeys(idNumber);
        browser.findElement(By.id("receptionForm:phone")).sendKeys("0912345678");
        browser.findElement(By.id("receptionForm:address")).sendKeys("Thị trấn Chư Sê, huyện Chư Sê, tỉnh Gia Lai");
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}

package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reception officer receives a secured-transaction dossier on the one screen and gets its code and receipt. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionPageIT extends BrowserPages {

    @BeforeEach
    void signIn() {
        openAs("tiepnhan", "reception");
    }

    @Test
    void aDossierIsReceivedAndItsCodePinAndReceiptAreShown() {
        chooseSecuredTransaction();
        browser.findElement(By.cssSelector("#receptionForm\\:documents .ui-chkbox-box")).click();
        fillApplicant("064090012345");
        browser.findElement(By.id("receptionForm:receive")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dossierCode")));
        String code = browser.findElement(By.id("dossierCode")).getText();
        assertTrue(code.matches("000\\.01\\.19\\.H21-\\d{6}-\\d{4}"), code);
        assertTrue(browser.findElement(By.id("pin")).getText().matches("\\d{6}"));
        assertTrue(browser.findElement(By.id("receptionForm:receipt")).isDisplayed());
        Browser.screenshot(browser, "reception");
    }

    @Test
    void aWrongIdNumberIsExplainedInVietnamese() {
        chooseSecuredTransaction();
        browser.findElement(By.cssSelector("#receptionForm\\:documents .ui-chkbox-box")).click();
        fillApplicant("0640");
        browser.findElement(By.id("receptionForm:receive")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số."));
        Browser.screenshot(browser, "reception-refused");
    }
}

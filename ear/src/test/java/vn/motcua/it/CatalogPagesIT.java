package vn.motcua.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Officers browse the procedures in force; an administrator imports, compares and publishes a release. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogPagesIT extends BrowserPages {

    @Test
    void aReceptionOfficerFindsSecuredTransactionsWithoutAccentsAndSeesTheWorkflow() {
        openAs("tiepnhan", "procedures");
        browser.findElement(By.id("proceduresForm:text")).sendKeys("dang ky the chap");
        browser.findElement(By.id("proceduresForm:search")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proceduresForm:procedures"), "Đăng ký thế chấp"));
        // the list shows the procedure before the search's answer repaints it: click the link that is there then
        waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.partialLinkText("Đăng ký thế chấp")).click();
            return true;
        });
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("workflow")));
        String workflow = browser.findElement(By.id("workflow")).getText();
        assertTrue(workflow.contains("Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê"), workflow);
        assertTrue(workflow.contains("Cán bộ tiếp nhận"), workflow);
        Browser.screenshot(browser, "procedure");
    }

    @Test
    void aBrokenFileIsRefusedWithItsProblemsAndNothingStored() throws IOException {
        openAs("quantri", "admin/catalog");
        Path broken = Files.writeString(Files.createTempFile("bo-thu-tuc", ".json"),
                "{\"format\":\"motcua-catalog/1\", \"release\": {", StandardCharsets.UTF_8);
        browser.findElement(By.id("importForm:file_input")).sendKeys(broken.toString());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomePanel"), "sai cú pháp"));
        Browser.screenshot(browser, "catalog-problems");
        assertTrue(browser.findElement(By.id("releasesForm:releases")).getText().contains("Đang áp dụng"));
    }

    @Test
    void anAdministratorImportsTheNextReleaseSeesTheDifferencesAndPublishesIt() throws IOException {
        openAs("quantri", "admin/catalog");
        String next = demoRelease()
                .replace("GL-CHUSE-2025-01", "GL-CHUSE-IT-" + System.nanoTime() % 100000)
                .replace("Đăng ký khai sinh", "Đăng ký khai sinh (sửa đổi)");
        Path file = Files.writeString(Files.createTempFile("bo-thu-tuc-moi", ".json"), next, StandardCharsets.UTF_8);
        browser.findElement(By.id("importForm:file_input")).sendKeys(file.toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("previewForm:publish")));
        String preview = browser.findElement(By.id("outcomePanel")).getText();
        assertTrue(preview.contains("Đăng ký khai sinh (sửa đổi)"), preview);
        Browser.screenshot(browser, "catalog-preview");
        browser.findElement(By.id("previewForm:discard")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã hủy dự thảo."));
    }

    @Test
    void anAdministratorUploadsAFormFileThatAnyoneCanDownloadAndADisguisedOneIsRefused() throws Exception {
        openAs("quantri", "admin/catalog");
        String code = browser.findElement(By.id("formsForm:formCode_input")).getAttribute("value");
        Path disguised = Files.writeString(Files.createTempFile("to-khai", ".pdf"), "<html><script>alert(1)</script></html>");
        browser.findElement(By.id("formsForm:formFile_input")).sendKeys(disguised.toString());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Loại tệp này không được chấp nhận"));
        Browser.screenshot(browser, "form-refused");

        Path pdf = Files.createTempFile("to-khai-dang-ky", ".pdf");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("formsForm:formFile_input")).sendKeys(pdf.toString());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("formsForm:forms"), pdf.getFileName().toString()));

        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("forms?code="
                        + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode(), "no sign-in needed to download a form");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(new String(download.body(), StandardCharsets.US_ASCII).startsWith("%PDF-1.4"));
    }

    /** The demo release, as shipped inside the EAR's ejb module. */
    private static String demoRelease() throws IOException {
        try (ZipFile ear = new ZipFile(System.getProperty("motcua.ear"))) {
            Path ejb = Files.createTempFile("motcua-ejb", ".jar");
            try (InputStream in = ear.getInputStream(ear.getEntry("motcua-ejb.jar"))) {
                Files.copy(in, ejb, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (ZipFile jar = new ZipFile(ejb.toFile())) {
                ZipEntry entry = jar.getEntry("catalog/demo-release.json");
                try (InputStream in = jar.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
    }
}

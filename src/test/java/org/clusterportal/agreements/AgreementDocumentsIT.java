package org.clusterportal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Agreement documents in the browser, on the demo agreement for participants only (OKIP, id 1): its coordinator
 * uploads a PDF and has a PNG refused next to the field; a participant downloads the PDF; a visitor typing its
 * address gets "not found"; the coordinator removes it. And on an agreement of one signatory, a member of an
 * organisation that did not sign gets "not found" too.
 */
class AgreementDocumentsIT extends BrowserTest {

    private static final String OKIP_AGREEMENT = "agreements/view.xhtml?id=1";

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theCoordinatorUploadsAPdfThatOnlyParticipantsDownload() throws Exception {
        WebDriver coordinator = browser();
        logIn(coordinator, DemoAccount.COORDINATOR);
        coordinator.get(url(OKIP_AGREEMENT));
        String title = "Aneks nr 1 " + UUID.randomUUID();
        byte[] pdf = TestFiles.pdf("Aneks nr 1 do porozumienia");

        // A PNG is refused by its content, next to the file field, and the title typed stays.
        fillUpload(coordinator, title, TestFiles.write("skan.png", TestFiles.png()));
        submit(coordinator, "documentForm:upload");
        assertThat(text(coordinator, "documentForm:fileMessage")).contains("Only PDF documents are accepted");
        assertThat(coordinator.findElement(By.id("documentForm:title")).getAttribute("value")).isEqualTo(title);
        assertThat(text(coordinator, "documentsForm:documents")).doesNotContain(title);

        // The PDF is taken, under the name it had on the coordinator's disk.
        chooseFile(coordinator, TestFiles.write("Załącznik 1.pdf", pdf));
        submit(coordinator, "documentForm:upload");
        assertThat(text(coordinator, "messages")).contains("The document was added");
        assertThat(text(coordinator, "documentsForm:documents")).contains(title, "Załącznik 1.pdf", "Annex", "Piotr Kowalski");
        String download = downloadLink(coordinator, title).getAttribute("href");
        assertThat(download).matches(".*/files/agreement-documents/\\d+");

        // Anna takes part in the agreement through Jastrzębski Klaster Innowacji: she gets the very bytes.
        WebDriver participant = browser();
        logIn(participant, DemoAccount.MEMBER);
        participant.get(url(OKIP_AGREEMENT));
        assertThat(downloadLink(participant, title).getAttribute("href")).isEqualTo(download);
        assertThat(present(participant, "documentForm")).as("no upload form for a participant").isFalse();
        HttpResponse<byte[]> file = get(download, participant);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"Za__cznik 1.pdf\"; filename*=UTF-8''Za%C5%82%C4%85cznik%201.pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Cache-Control")).contains("private, no-store");

        // A visitor typing the address: not found, in the browser as over HTTP.
        WebDriver visitor = browser();
        visitor.get(download);
        assertThat(present(visitor, "error-404")).isTrue();
        assertThat(get(download, null).statusCode()).isEqualTo(404);

        // The coordinator removes it after confirming; then nobody gets it.
        coordinator.get(url(OKIP_AGREEMENT));
        WebElement row = coordinator.findElement(By.xpath("//tr[.//a[contains(., '" + title + "')]]"));
        row.findElement(By.cssSelector("button[id$=':delete']")).click();
        WebElement yes = waitFor(coordinator).until(ExpectedConditions.elementToBeClickable(By.id("documentsForm:confirmYes")));
        yes.click();
        waitUntilGone(coordinator, yes);
        waitForAjax(coordinator);
        assertThat(text(coordinator, "messages")).contains("The document was removed");
        assertThat(text(coordinator, "documentsForm:documents")).doesNotContain(title);
        assertThat(get(download, participant).statusCode()).isEqualTo(404);
    }

    @Test
    void aMemberOfAnOrganisationThatDidNotSignGetsNotFound() throws Exception {
        // Every demo account takes part in the OKIP agreement (PIKMED signed it too): an admin records one that
        // only Jastrzębski Klaster Innowacji signed, and adds its text.
        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        admin.get(url("agreements/edit.xhtml"));
        String agreementTitle = "Porozumienie z dokumentem " + UUID.randomUUID();
        admin.findElement(By.id("agreementForm:title")).sendKeys(agreementTitle);
        submit(admin, "agreementForm:save");
        waitFor(admin).until(driver -> driver.getCurrentUrl().contains("id="));
        pick(admin, "signatoryForm:organisation", "jastrzębski", "Jastrzębski Klaster Innowacji");
        submit(admin, "signatoryForm:addSignatory");
        admin.get(admin.getCurrentUrl().replace("edit.xhtml", "view.xhtml"));
        String title = "Tekst porozumienia " + UUID.randomUUID();
        byte[] pdf = TestFiles.pdf("Tekst");
        fillUpload(admin, title, TestFiles.write("tekst.pdf", pdf));
        admin.findElement(By.cssSelector("[id='documentForm:kind'] .ui-radiobutton-box")).click();
        submit(admin, "documentForm:upload");
        assertThat(text(admin, "documentsForm:documents")).contains(title, "Agreement text", "Ewa Nowak");
        String download = downloadLink(admin, title).getAttribute("href");

        // Anna (in Jastrzębski Klaster Innowacji) gets it; Tomasz (MedTech Silesia, in PIKMED) does not.
        WebDriver participant = browser();
        logIn(participant, DemoAccount.MEMBER);
        assertThat(get(download, participant).body()).isEqualTo(pdf);

        WebDriver outsider = browser();
        logIn(outsider, DemoAccount.MEMBER2);
        outsider.get(download);
        assertThat(present(outsider, "error-404")).as("%s shows %s", outsider.getCurrentUrl(), outsider.getTitle()).isTrue();
        assertThat(outsider.getPageSource()).doesNotContain(title);
        assertThat(get(download, outsider).statusCode()).isEqualTo(404);
    }

    @Test
    void theSectionSpeaksPolishAndSaysWhenThereIsNothingYet() {
        WebDriver visitor = browser("pl-PL");
        visitor.get(url("agreements/view.xhtml?id=3"));

        assertThat(text(visitor, "agreement-documents")).contains("Dokumenty", "Nie ma jeszcze dokumentów");
        assertThat(present(visitor, "documentForm")).isFalse();
    }

    private void fillUpload(WebDriver browser, String title, Path file) {
        WebElement field = browser.findElement(By.id("documentForm:title"));
        field.clear();
        field.sendKeys(title);
        chooseFile(browser, file);
    }

    private void chooseFile(WebDriver browser, Path file) {
        browser.findElement(By.cssSelector("[id='documentForm:file'] input[type='file']")).sendKeys(file.toString());
    }

    private WebElement downloadLink(WebDriver browser, String title) {
        return browser.findElement(By.xpath("//a[contains(@class, 'portal-download')][contains(., '" + title + "')]"));
    }

    /** Fetches a URL as the browser's session would (its session cookie), or as a visitor when there is none. */
    private HttpResponse<byte[]> get(String address, WebDriver session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).GET();
        if (session != null) {
            Cookie cookie = session.manage().getCookieNamed("JSESSIONID");
            request.header("Cookie", "JSESSIONID=" + cookie.getValue());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

package org.clusterportal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Agreements in the browser: an admin records one with signatories and a coordinator; a participant sees it, a
 * non-participant finds it neither in the list nor by its address; bad dates and concurrent edits are told.
 */
class AgreementsIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anAdminRecordsAnAgreementThatOnlyItsParticipantsSee() {
        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        String title = "Porozumienie testowe " + UUID.randomUUID();
        String editUrl = createAgreement(admin, title);

        // Picked by typing part of the name: the page lists no organisation or person of its own.
        assertThat(admin.findElements(By.cssSelector("[id='signatoryForm:organisation'] option, [id='coordinatorForm:coordinator'] option"))).isEmpty();
        pick(admin, "signatoryForm:organisation", "jastrzębski klaster", "Jastrzębski Klaster Innowacji");
        submit(admin, "signatoryForm:addSignatory");
        pick(admin, "signatoryForm:organisation", "weterynaryjny", "Polski Klaster Weterynaryjny");
        submit(admin, "signatoryForm:addSignatory");
        pick(admin, "coordinatorForm:coordinator", "kowalski", "Piotr Kowalski (coordinator)");
        submit(admin, "coordinatorForm:nameCoordinator");

        assertThat(text(admin, "signatoriesForm:signatories"))
                .contains("Jastrzębski Klaster Innowacji", "Polski Klaster Weterynaryjny");
        assertThat(text(admin, "coordinators")).contains("Piotr Kowalski");
        String viewUrl = editUrl.replace("edit.xhtml", "view.xhtml");

        // On a phone the page, its long title and names included, is no wider than the screen.
        admin.manage().window().setSize(new Dimension(375, 900));
        admin.get(editUrl);
        waitForAjax(admin);
        Number width = (Number) ((JavascriptExecutor) admin).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("width of the edit page at 375 px").isLessThanOrEqualTo(375);
        Number overflow = (Number) ((JavascriptExecutor) admin).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow of the edit page at 375 px").isLessThanOrEqualTo(0);
        admin.manage().window().setSize(new Dimension(1280, 900));

        // Anna works for a member company of Jastrzębski Klaster Innowacji: she takes part.
        WebDriver participant = browser();
        logIn(participant, DemoAccount.MEMBER);
        participant.get(url("agreements/index.xhtml"));
        assertThat(text(participant, "agreementsForm:agreements")).contains(title);
        participant.get(viewUrl);
        assertThat(text(participant, "agreement-title")).isEqualTo(title);
        assertThat(text(participant, "agreement-signatories")).contains("Jastrzębie Innovation Labs sp. z o.o.");

        // Tomasz works for a member of PIKMED, which did not sign: he neither finds it nor opens it.
        WebDriver outsider = browser();
        logIn(outsider, DemoAccount.MEMBER2);
        outsider.get(url("agreements/index.xhtml"));
        assertThat(text(outsider, "agreementsForm:agreements")).doesNotContain(title);
        outsider.get(viewUrl);
        assertThat(present(outsider, "error-404")).isTrue();
        assertThat(outsider.getPageSource()).doesNotContain(title);
        outsider.get(editUrl);
        assertThat(present(outsider, "error-403")).isTrue();
    }

    @Test
    void aValidityEndingBeforeItStartsIsRefusedByTheField() {
        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        admin.get(url("agreements/edit.xhtml"));

        admin.findElement(By.id("agreementForm:title")).sendKeys("Daty " + UUID.randomUUID());
        type(admin, "agreementForm:validFrom_input", "2026-06-01");
        type(admin, "agreementForm:validTo_input", "2026-05-31");
        submit(admin, "agreementForm:save");

        assertThat(text(admin, "agreementForm:validToMessage")).contains("cannot be before");
        assertThat(admin.findElement(By.id("agreementForm:title")).getAttribute("value")).startsWith("Daty ");
        assertThat(admin.getCurrentUrl()).doesNotContain("id=");
    }

    @Test
    void theSecondOfTwoConcurrentEditorsIsToldAndTheFirstEditStays() {
        WebDriver first = browser();
        logIn(first, DemoAccount.ADMIN);
        String title = "Równoległa edycja " + UUID.randomUUID();
        String editUrl = createAgreement(first, title);
        WebDriver second = browser();
        logIn(second, DemoAccount.ADMIN);
        second.get(editUrl);
        first.get(editUrl);

        retitle(first, title + " (pierwsza)");
        retitle(second, title + " (druga)");

        assertThat(text(second, "messages")).contains("Somebody else changed this in the meantime");
        first.get(editUrl.replace("edit.xhtml", "view.xhtml"));
        assertThat(text(first, "agreement-title")).isEqualTo(title + " (pierwsza)");
    }

    /** Creates a draft agreement and returns the address of its edit page. */
    private String createAgreement(WebDriver admin, String title) {
        admin.get(url("agreements/edit.xhtml"));
        admin.findElement(By.id("agreementForm:title")).sendKeys(title);
        type(admin, "agreementForm:signedOn_input", "2026-01-15");
        admin.findElement(By.cssSelector("[id='agreementForm:areas'] .ui-chkbox-box")).click();
        submit(admin, "agreementForm:save");
        waitFor(admin).until(driver -> driver.getCurrentUrl().contains("id="));
        return admin.getCurrentUrl();
    }

    private void retitle(WebDriver browser, String title) {
        WebElement field = browser.findElement(By.id("agreementForm:title"));
        field.clear();
        field.sendKeys(title);
        submit(browser, "agreementForm:save");
    }
}

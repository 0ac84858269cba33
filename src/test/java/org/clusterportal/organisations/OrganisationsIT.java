package org.clusterportal.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.TestFiles;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Organisations in the browser: a newcomer without an organisation is guided to propose theirs, an admin
 * approves it, another member asks to join and the newcomer, now its administrator, accepts; nobody else sees a
 * proposal; a duplicate name and a concurrent edit are told by the form, and nothing typed is lost.
 */
class OrganisationsIT extends BrowserTest {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aNewcomerProposesTheirOrganisationAnAdminApprovesItAndAnotherMemberJoins() {
        TestAccount account = newAccount("orgs", "Marta", "Nowicka");
        String name = "Laboratorium Testowe " + UUID.randomUUID().toString().substring(0, 8);

        // A first login with no organisation: the home page says what to do, in the person's language.
        WebDriver newcomer = browser("pl-PL");
        logIn(newcomer, account.username(), account.password());
        assertThat(text(newcomer, "no-organisation")).contains("Znajdź swoją organizację", "Zgłoś organizację");
        newcomer.findElement(By.id("propose-organisation")).click();
        waitFor(newcomer).until(ExpectedConditions.presenceOfElementLocated(By.id("organisationForm:name")));
        type(newcomer, "organisationForm:name", name);
        choose(newcomer, "organisationForm:kind_input", "Przedsiębiorstwo");
        choose(newcomer, "organisationForm:voivodeship_input", "śląskie");
        type(newcomer, "organisationForm:city", "Gliwice");
        type(newcomer, "organisationForm:website", "https://laboratorium.example.org");
        submit(newcomer, "organisationForm:save");
        assertThat(text(newcomer, "organisation-name")).isEqualTo(name);
        assertThat(present(newcomer, "proposal")).isTrue();
        String organisationUrl = newcomer.getCurrentUrl();

        // Until approved, nobody else finds it, by the directory or by its address.
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER2);
        member.get(organisationUrl);
        assertThat(present(member, "error-404")).isTrue();
        member.get(url("organisations/index.xhtml"));
        assertThat(text(member, "organisationsForm:organisations")).doesNotContain(name);

        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        admin.get(url("organisations/approvals.xhtml"));
        pressIn(admin, name, "approveOrganisation");
        assertThat(text(admin, "messages")).contains("approved");
        assertThat(text(admin, "proposals")).doesNotContain(name);

        newcomer.get(url(""));
        assertThat(text(newcomer, "current-person-organisation")).isEqualTo(name);
        assertThat(present(newcomer, "no-organisation")).isFalse();

        // Another member asks to join; the newcomer, its first administrator, accepts.
        member.get(organisationUrl);
        type(member, "joinForm:message", "Prowadzę dział badań.");
        submit(member, "joinForm:requestMembership");
        assertThat(present(member, "membership-pending")).isTrue();
        assertThat(member.findElements(By.cssSelector(".ui-messages li"))).as("the request said once").hasSize(1);

        newcomer.get(organisationUrl);
        assertThat(text(newcomer, "membership-requests")).contains(DemoAccount.MEMBER2.displayName(), "Prowadzę dział badań.");
        WebElement accept = newcomer.findElement(By.cssSelector("[id$='approveRequest']"));
        accept.click();
        waitUntilGone(newcomer, accept);
        assertThat(newcomer.findElements(By.cssSelector(".ui-messages li"))).as("the approval said once").hasSize(1);
        assertThat(text(newcomer, "people")).contains(DemoAccount.MEMBER2.displayName(), "Marta Nowicka");
        assertThat(present(newcomer, "membership-requests")).isFalse();

        member.get(url("people/profile.xhtml"));
        assertThat(text(member, "my-organisations")).contains(name);
    }

    @Test
    void aDuplicateNameIsToldByItsFieldAndTheTypedFormStays() {
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("organisations/edit.xhtml"));

        type(member, "organisationForm:name", "  jastrzębie innovation labs SP. Z O.O.");
        choose(member, "organisationForm:kind_input", "Company");
        type(member, "organisationForm:city", "Jastrzębie-Zdrój");
        submit(member, "organisationForm:save");

        assertThat(text(member, "organisationForm:nameMessage")).contains("already exists in this country");
        assertThat(member.findElement(By.id("organisationForm:city")).getAttribute("value")).isEqualTo("Jastrzębie-Zdrój");
        assertThat(member.getCurrentUrl()).contains("edit.xhtml");
    }

    @Test
    void theSecondOfTwoConcurrentEditorsIsToldAndKeepsWhatTheyTyped() {
        // Anna administers Jastrzębie Innovation Labs (demo data).
        String editUrl = url("organisations/edit.xhtml?id=21");
        WebDriver first = browser();
        logIn(first, DemoAccount.MEMBER);
        WebDriver second = browser();
        logIn(second, DemoAccount.MEMBER);
        first.get(editUrl);
        second.get(editUrl);
        String firstCity = "Jastrzębie-Zdrój " + UUID.randomUUID().toString().substring(0, 4);

        type(first, "organisationForm:city", firstCity);
        submit(first, "organisationForm:save");
        type(second, "organisationForm:city", "Rybnik");
        submit(second, "organisationForm:save");

        assertThat(text(second, "messages")).contains("Somebody else changed this in the meantime");
        assertThat(second.findElement(By.id("organisationForm:city")).getAttribute("value")).isEqualTo("Rybnik");
        first.get(url("organisations/view.xhtml?id=21"));
        assertThat(first.getPageSource()).contains(firstCity);

        // Someone who does not administer it cannot open its form, nor post it.
        WebDriver outsider = browser();
        logIn(outsider, DemoAccount.MEMBER2);
        outsider.get(editUrl);
        assertThat(present(outsider, "error-404")).isTrue();
    }

    @Test
    void anAdministratorUploadsALogoThatVisitorsSeeAndADisguisedFileIsRefused() throws Exception {
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("organisations/edit.xhtml?id=21"));

        chooseLogo(member, TestFiles.write("logo.png", TestFiles.pdf("not an image")));
        submit(member, "logoForm:uploadLogo");
        assertThat(text(member, "logoForm:logoMessage")).contains("Only PNG, JPEG or WebP");

        chooseLogo(member, TestFiles.write("logo.png", TestFiles.png()));
        submit(member, "logoForm:uploadLogo");
        assertThat(present(member, "logo-image")).isTrue();

        HttpResponse<byte[]> logo = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("files/logos/21"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(logo.body()).isEqualTo(TestFiles.png());
    }

    @Test
    void aPostbackOfOnesOwnOrganisationsEditorNamingAnotherIsRefusedBeforeTheServiceAndAuditedOnce() {
        // Demo data (V1_1, V3_1): the member administers Jastrzębie Innovation Labs (21); MedTech Silesia (23) is not hers.
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("organisations/edit.xhtml?id=23"));
        assertThat(present(member, "error-404")).as("not hers to edit").isTrue();
        member.get(url("organisations/edit.xhtml?id=21"));
        String name = member.findElement(By.id("organisationForm:name")).getAttribute("value");

        // Her editor's save, posted with the other organisation's id (as a replayed request would).
        type(member, "organisationForm:name", "Przejęta nazwa");
        submitNaming(member, "organisationForm", "23", "organisationForm:save");
        assertThat(present(member, "error-403")).isTrue();
        member.get(url("organisations/view.xhtml?id=23"));
        assertThat(text(member, "organisation-name")).isEqualTo("MedTech Silesia sp. z o.o.");
        member.get(url("organisations/edit.xhtml?id=21"));
        assertThat(member.findElement(By.id("organisationForm:name")).getAttribute("value")).as("hers is unchanged too").isEqualTo(name);

        // Refused by the page, before the service, and audited once.
        List<String> refusals = auditRows("Wiśniewska", "Organisation 23");
        assertThat(refusals).singleElement().asString().contains("Access denied", "posted from the editor of organisation 21");
    }

    private void chooseLogo(WebDriver browser, Path file) {
        browser.findElement(By.cssSelector("[id='logoForm:logo'] input[type='file']")).sendKeys(file.toString());
    }

    /** Presses the button whose id ends with {@code buttonSuffix} in the card that names {@code name}. */
    private void pressIn(WebDriver browser, String name, String buttonSuffix) {
        WebElement button = browser.findElement(By.xpath("//article[.//a[normalize-space()='" + name + "']]//button[contains(@id, '"
                + buttonSuffix + "')]"));
        button.click();
        waitUntilGone(browser, button);
        waitForAjax(browser);
    }
}

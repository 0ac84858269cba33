package org.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administration in the browser: a role granted in one browser shows in the other at its next page and goes
 * again after revocation; a member who types admin addresses gets 403 and each refusal is in the audit log; the
 * pages hold at 375 and 1440 pixels in both languages.
 */
class AdministrationIT extends BrowserTest {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aGrantedRoleShowsAtTheMembersNextPageAndARevokedOneGoes() {
        String lastName = "Rolowska-" + UUID.randomUUID().toString().substring(0, 6);
        TestAccount account = newAccount("test-role", "Ola", lastName);
        WebDriver member = browser();
        logIn(member, account.username(), account.password());
        member.get(url("agreements/index.xhtml"));
        assertThat(present(member, "current-person-role")).isFalse();

        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        admin.get(url("admin/person.xhtml?id=" + account.id()));
        submit(admin, roleButton(admin, "coordinator"));
        assertThat(text(admin, "messages")).contains("granted");
        assertThat(waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-role='coordinator'] .role-state"))).getText()).startsWith("Has this role");

        // The member's next page: the session is renewed through Keycloak's SSO, with the new role, on the same page.
        member.navigate().refresh();
        waitFor(member).until(ExpectedConditions.presenceOfElementLocated(By.id("current-person-role")));
        assertThat(text(member, "current-person-role")).isEqualToIgnoringCase("Coordinator");
        assertThat(member.getCurrentUrl()).endsWith("/agreements/index.xhtml");
        assertThat(navigation(member)).doesNotContain("nav-admin");

        submit(admin, roleButton(admin, "coordinator"));
        assertThat(text(admin, "messages")).contains("revoked");

        member.navigate().refresh();
        waitFor(member).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        assertThat(present(member, "current-person-role")).isFalse();
        assertThat(member.getCurrentUrl()).endsWith("/agreements/index.xhtml");

        // Both changes are in the audit log, once each, on the person by name (the account's id only in the link).
        admin.get(url("admin/audit.xhtml"));
        admin.findElement(By.id("auditForm:person")).sendKeys("Ewa Nowak");
        admin.findElement(By.id("auditForm:apply")).click();
        waitForAjax(admin);
        assertThat(text(admin, "auditForm:entries")).doesNotContain(account.id());
        List<WebElement> subjects = admin.findElements(By.cssSelector("[id='auditForm:entries_data'] a.audit-subject")).stream()
                .filter(link -> link.getText().equals("Ola " + lastName))
                .toList();
        assertThat(subjects).hasSize(2)
                .allSatisfy(link -> assertThat(link.getAttribute("href")).endsWith("/admin/person.xhtml?id=" + account.id()));
    }

    @Test
    void aMemberTypingAdminAddressesIsRefusedAndEachRefusalIsAudited() throws Exception {
        String lastName = "Ciekawska-" + UUID.randomUUID().toString().substring(0, 6);
        TestAccount account = newAccount("test-curious", "Ula", lastName);
        WebDriver member = browser();
        logIn(member, account.username(), account.password());
        member.get(url("admin/people.xhtml"));
        assertThat(present(member, "error-403")).isTrue();

        // The same session replays requests directly: pages and a posted action.
        HttpClient http = sessionOf(member);
        List<String> pages = List.of("admin/people.xhtml", "admin/person.xhtml?id=" + account.id(), "admin/audit.xhtml");
        for (String page : pages) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(page))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(403);
        }
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(url("admin/person.xhtml?id=" + account.id())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("accountForm=accountForm&accountForm%3Adisable=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(keycloak().user(account.id()).getBoolean("enabled")).isTrue();

        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        admin.get(url("admin/audit.xhtml"));
        admin.findElement(By.id("auditForm:person")).sendKeys(lastName);
        admin.findElement(By.id("auditForm:apply")).click();
        waitForAjax(admin);
        List<String> rows = admin.findElements(By.cssSelector("[id='auditForm:entries_data'] tr")).stream()
                .map(row -> row.getText())
                .toList();
        assertThat(rows).hasSize(5).allMatch(row -> row.contains("Access denied") && row.contains("Ula " + lastName));
        assertThat(rows).anyMatch(row -> row.contains("POST /admin/person.xhtml"));
    }

    @Test
    void theAdministrationPagesHoldOnAPhoneAndADesktopInBothLanguages() throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("portal.basedir", "."), "target/screenshots"));
        for (String language : List.of("pl-PL", "en-GB")) {
            WebDriver admin = browser(language);
            logIn(admin, DemoAccount.ADMIN);
            for (int width : new int[] { 375, 1440 }) {
                admin.manage().window().setSize(new Dimension(width, 1000));
                for (String page : List.of("admin/people.xhtml",
                        "admin/person.xhtml?id=6f1c9a52-2b1e-4c1e-9a51-0a1d2c3e4f02", "admin/audit.xhtml")) {
                    admin.get(url(page));
                    waitForAjax(admin);
                    assertThat(present(admin, "admin-navigation")).as(page).isTrue();
                    Object overflow = ((JavascriptExecutor) admin).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(((Number) overflow).intValue()).as(page + " at " + width + " px is wider than the screen")
                            .isLessThanOrEqualTo(0);
                    // The whole page in one picture: the window as tall as the document, then back.
                    long height = (Long) ((JavascriptExecutor) admin).executeScript("return document.documentElement.scrollHeight;");
                    admin.manage().window().setSize(new Dimension(width, (int) Math.max(1000, height)));
                    String name = page.replaceAll("\\?.*", "").replace('/', '-').replace(".xhtml", "");
                    Files.write(folder.resolve(name + "-" + language + "-" + width + ".png"),
                            ((TakesScreenshot) admin).getScreenshotAs(OutputType.BYTES));
                    admin.manage().window().setSize(new Dimension(width, 1000));
                }
            }
        }
    }

    /** The id of the grant or revoke button in the row of a role on the person page. */
    private String roleButton(WebDriver admin, String role) {
        // The roles section is filled once the page is shown (a deferred panel).
        return waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-role='" + role + "'] button")))
                .getAttribute("id");
    }

}

package org.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrators' outbox in the browser: the demo's given-up e-mail (V18_1) found by its state, sent again
 * from the list and then waiting; a member who types the address, or replays the action, is refused.
 */
class OutboxPageIT extends BrowserTest {

    /** The demo's given-up e-mail to `member2` (V18_1__demo_jobs_on_the_first_run.sql). */
    private static final String GIVEN_UP = "184";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anAdministratorFindsTheGivenUpEmailAndSendsItAgain() {
        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        admin.get(url("admin/outbox.xhtml"));
        // English, as the other tests that sign the demo admin in expect to find it.
        switchToEnglish(admin);
        assertThat(admin.findElement(By.id("admin-nav-outbox")).getAttribute("class")).contains("active");
        assertThat(admin.findElements(By.cssSelector("#outboxForm\\:outbox tr.outbox-row"))).as("rows in every state").hasSizeGreaterThanOrEqualTo(2);

        filter(admin, "Given up");
        List<WebElement> states = admin.findElements(By.cssSelector("#outboxForm\\:outbox .outbox-state"));
        assertThat(states).isNotEmpty().allSatisfy(state -> assertThat(state.getAttribute("data-state")).isEqualTo("FAILED"));
        WebElement row = row(admin);
        assertThat(row.getText()).contains("tomasz.zielinski@pikmed.example.org", "Recipient address rejected", "12");

        row.findElement(By.cssSelector("button[id$=':retry']")).click();
        waitForAjax(admin);
        assertThat(text(admin, "messages")).contains("The e-mail is waiting to be sent");
        assertThat(admin.findElements(By.cssSelector("#outboxForm\\:outbox tr.outbox-row-" + GIVEN_UP)))
                .as("no longer among the given up").isEmpty();

        filter(admin, "Waiting");
        assertThat(row(admin).findElement(By.className("outbox-state")).getAttribute("data-state")).isEqualTo("PENDING");
    }

    @Test
    void aMemberTypingTheAddressOrReplayingTheActionIsRefused() throws Exception {
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("admin/outbox.xhtml"));
        assertThat(present(member, "error-403")).as("the page for a member: %s %s", member.getCurrentUrl(), member.getTitle()).isTrue();

        HttpResponse<String> posted = sessionOf(member).send(HttpRequest.newBuilder(URI.create(url("admin/outbox.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outboxForm=outboxForm&outboxForm%3Aoutbox%3A0%3Aretry=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(403);
    }

    private void filter(WebDriver browser, String state) {
        choose(browser, "outboxForm:status_input", state);
        browser.findElement(By.id("outboxForm:apply")).click();
        waitForAjax(browser);
    }

    private WebElement row(WebDriver browser) {
        return waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#outboxForm\\:outbox tr.outbox-row-" + GIVEN_UP)));
    }

}

package org.clusterportal.platform.security;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logging out ends the portal's and Keycloak's sessions; the back button shows nothing private. */
class LogoutIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void afterLogoutTheBackButtonShowsNoPrivateContent() {
        WebDriver browser = browser();
        logIn(browser, DemoAccount.MEMBER);
        browser.get(url("offers/index.xhtml"));
        assertThat(browser.getPageSource()).contains(DemoAccount.MEMBER.displayName());

        browser.findElement(By.id("logout")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("visitor-home")));

        browser.navigate().back();
        waitFor(browser).until(driver -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
        assertThat(browser.getPageSource()).doesNotContain(DemoAccount.MEMBER.displayName());
        assertThat(present(browser, "offers-empty")).isFalse();
    }

    @Test
    void afterLogoutKeycloakAsksForThePasswordAgain() {
        WebDriver browser = browser();
        logIn(browser, DemoAccount.MEMBER);
        browser.findElement(By.id("logout")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("visitor-home")));

        browser.get(url("login"));

        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertThat(present(browser, "current-person-name")).isFalse();
    }

    @Test
    void anotherSitesFormCannotLogThePersonOutAndALogoutWithoutASessionTouchesNoCookie() throws Exception {
        WebDriver browser = browser();
        logIn(browser, DemoAccount.MEMBER);
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();

        // A form on another site, or on another port of this host, posting to /logout with the person's cookie.
        for (List<String> forged : List.of(List.of("Sec-Fetch-Site", "cross-site"), List.of("Sec-Fetch-Site", "same-site"),
                List.of("Origin", "http://evil.example"))) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url("logout")))
                    .header("Cookie", "JSESSIONID=" + session).header(forged.get(0), forged.get(1))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(forged.toString()).isEqualTo(403);
        }
        browser.navigate().refresh();
        waitForAjax(browser);
        assertThat(present(browser, "logout")).as("still logged in").isTrue();

        HttpResponse<String> withoutSession = http.send(HttpRequest.newBuilder(URI.create(url("logout")))
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutSession.statusCode()).isEqualTo(302);
        assertThat(withoutSession.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();

        browser.findElement(By.id("logout")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("visitor-home")));
    }
}

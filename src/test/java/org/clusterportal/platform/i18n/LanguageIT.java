package org.clusterportal.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The language: the browser's by default, switched with PL/EN, remembered for a person across logins. */
class LanguageIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theBrowsersLanguageIsTheDefault() {
        WebDriver polish = browser("pl-PL");
        polish.get(url(""));
        assertThat(polish.findElement(By.tagName("h1")).getText()).isEqualTo("Współpraca klastrów w jednym miejscu");
        assertThat(polish.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");

        WebDriver english = browser("en-GB");
        english.get(url(""));
        assertThat(english.findElement(By.tagName("h1")).getText()).isEqualTo("Cooperation between clusters, in one place");
    }

    @Test
    void theSwitchTurnsThePageToPolishAndBack() {
        WebDriver browser = browser("en-GB");
        browser.get(url(""));

        browser.findElement(By.id("language-pl")).click();
        waitFor(browser).until(textToBe(By.tagName("h1"), "Współpraca klastrów w jednym miejscu"));
        assertThat(browser.getCurrentUrl()).doesNotContain("lang=");

        browser.findElement(By.id("language-en")).click();
        waitFor(browser).until(textToBe(By.tagName("h1"), "Cooperation between clusters, in one place"));
    }

    @Test
    void aPersonsChoiceIsRememberedAtTheNextLogin() {
        WebDriver first = browser("en-GB");
        logIn(first, DemoAccount.COORDINATOR);
        first.findElement(By.id("language-pl")).click();
        waitFor(first).until(textToBe(By.id("nav-offers"), "Oferty"));

        WebDriver second = browser("en-GB");
        logIn(second, DemoAccount.COORDINATOR);
        assertThat(text(second, "nav-offers")).isEqualTo("Oferty");

        second.findElement(By.id("language-en")).click();
        waitFor(second).until(textToBe(By.id("nav-offers"), "Offers"));
    }

    @Test
    void aLinkFromAnotherSiteShowsItsPageInThatLanguageAndChangesNoChoice() throws Exception {
        Pattern polishPage = Pattern.compile("<html[^>]*\\blang=\"pl\"");
        HttpClient http = HttpClient.newHttpClient();
        WebDriver browser = browser("en-GB");
        logIn(browser, DemoAccount.MEMBER2);
        submit(browser, "language-en");
        assertThat(text(browser, "nav-offers")).isEqualTo("Offers");

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url("offers/index.xhtml?lang=pl")))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                .header("Sec-Fetch-Site", "cross-site").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(polishPage.matcher(forged.body()).find()).as("that page in Polish").isTrue();

        browser.navigate().refresh();
        waitForAjax(browser);
        assertThat(text(browser, "nav-offers")).as("the person's choice is unchanged").isEqualTo("Offers");

        HttpResponse<String> visitor = http.send(HttpRequest.newBuilder(URI.create(url("?lang=pl")))
                .header("Sec-Fetch-Site", "cross-site").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(visitor.statusCode()).isEqualTo(200);
        assertThat(polishPage.matcher(visitor.body()).find()).isTrue();
        assertThat(visitor.headers().allValues("Set-Cookie")).as("nothing stored for a visitor").isEmpty();
    }
}

package org.clusterportal.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Errors reach pages that say what happened: ajax errors included, with an incident number, never a stack trace. */
class ErrorPagesIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal()
                .addClass(AjaxErrorBacking.class)
                .addAsWebResource(new File(System.getProperty("portal.basedir", "."), "src/test/webapp/test/ajax-error.xhtml"),
                        "test/ajax-error.xhtml");
    }

    @Test
    void anAjaxErrorShowsTheErrorPage() {
        WebDriver browser = browser();
        browser.get(url("test/ajax-error.xhtml"));

        browser.findElement(By.id("errorForm:fail")).click();

        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("error-500")));
        assertThat(text(browser, "incident")).matches("[0-9a-f-]{36}");
        assertThat(browser.getPageSource()).doesNotContain("IllegalStateException").doesNotContain("at org.clusterportal");
    }

    @Test
    void aPostbackWithoutItsNonceOrWithAnotherIsABadRequest() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("test/ajax-error.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(String.join(";", page.headers().allValues("Content-Security-Policy")));
        assertThat(viewState.find()).as("the page has a form").isTrue();
        assertThat(nonce.find()).as("the page has a nonce").isTrue();
        String form = "errorForm=errorForm&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);

        assertThat(post(http, form + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8)).statusCode())
                .as("the page's own postback").isEqualTo(200);
        for (String forged : List.of(form, form + "&primefaces.nonce=forged")) {
            HttpResponse<String> refused = post(http, forged);
            assertThat(refused.statusCode()).as(forged).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("CspException").doesNotContain("at org.");
        }
    }

    private HttpResponse<String> post(HttpClient http, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("test/ajax-error.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        WebDriver browser = browser();
        browser.get(url("no/such/page.xhtml"));

        assertThat(present(browser, "error-404")).isTrue();
    }

    @Test
    void anExpiredViewComesBackToThePageWithAMessage() {
        WebDriver browser = browser();
        browser.get(url("test/ajax-error.xhtml"));
        browser.manage().deleteCookieNamed("JSESSIONID");

        browser.findElement(By.id("errorForm:fail")).click();

        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("view-expired")));
        assertThat(browser.getCurrentUrl()).endsWith("test/ajax-error.xhtml");
    }
}

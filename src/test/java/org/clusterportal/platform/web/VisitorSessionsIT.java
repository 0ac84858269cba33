package org.clusterportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor's requests open no HTTP session: the pages (home, directory, an organisation, the agreements, a public
 * agreement), the directory's filters, static resources, the health
 * probe and the public calendar feeds. A crawler would otherwise leave a session of 60 minutes behind each of
 * its requests. A signed-in person's pages work with their session as before.
 */
class VisitorSessionsIT extends BrowserTest {

    private static final Pattern RESOURCE = Pattern.compile("\"(/jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern AGREEMENT = Pattern.compile("href=\"[^\"]*/(agreements/view\\.xhtml\\?id=\\d+)\"");
    private static final Pattern ORGANISATION = Pattern.compile("href=\"[^\"]*/(organisations/view\\.xhtml\\?id=\\d+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** No cookie handler: every request comes as from a crawler that never sends one back. */
    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aVisitorsRequestsOpenNoSession() throws Exception {
        int before = activeSessions();

        Map<String, List<String>> sessionCookies = new LinkedHashMap<>();
        // A public agreement and an approved organisation of the demo data, as a visitor finds them in the lists.
        String agreement = find(AGREEMENT, get("agreements/").body());
        String organisation = find(ORGANISATION, get("organisations/").body());
        for (String path : List.of("", "organisations/", organisation, "agreements/", agreement, resourceOfHomePage(),
                "api/health/ready", "calendar/public.ics", "calendar/public.rss")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            sessionCookiesOf(response).ifPresent(cookies -> sessionCookies.put(path, cookies));
        }
        HttpResponse<String> missing = get("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        sessionCookiesOf(missing).ifPresent(cookies -> sessionCookies.put("no-such-page.xhtml", cookies));
        HttpResponse<String> filtered = filterDirectory("CLUSTER", "FR");
        sessionCookiesOf(filtered).ifPresent(cookies -> sessionCookies.put("organisations/ (ajax filter)", cookies));

        assertThat(sessionCookies).as("responses that opened a session").isEmpty();
        assertThat(get(agreement).body()).contains("id=\"agreement-title\"", "id=\"agreement-signatories\"");
        assertThat(get(organisation).body()).contains("id=\"organisation-name\"");
        assertThat(filtered.body()).contains("Demo Cluster France").doesNotContain("Demo Cluster Spain", "BioCraft");
        assertThat(activeSessions()).as("active sessions of the portal").isEqualTo(before);
    }

    @Test
    void aVisitorFiltersTheDirectoryWithoutASessionAndAMemberWithTheirs() {
        WebDriver visitor = browser("pl-PL");
        visitor.get(url("organisations/"));
        chooseInDirectory(visitor, "kind", "Klaster");
        chooseInDirectory(visitor, "country", "FR");

        assertThat(directory(visitor)).containsExactly("Demo Cluster France");
        assertThat(markers(visitor)).as("the map redrawn for the filter").isEqualTo(1);
        assertThat(visitor.findElement(By.cssSelector(".portal-map-list")).getAttribute("textContent"))
                .contains("Lyon", "Demo Cluster France").doesNotContain("Katowice");
        assertThat(viewState(visitor)).isEqualTo("stateless");
        assertThat(visitor.manage().getCookieNamed("JSESSIONID")).isNull();

        WebDriver member = browser("pl-PL");
        logIn(member, DemoAccount.MEMBER);
        member.get(url("organisations/"));
        chooseInDirectory(member, "kind", "Klaster");
        chooseInDirectory(member, "country", "FR");

        assertThat(directory(member)).containsExactly("Demo Cluster France");
        assertThat(viewState(member)).isNotEqualTo("stateless");
        assertThat(text(member, "current-person-name")).isEqualTo(DemoAccount.MEMBER.displayName());
    }

    @Test
    void aVisitorFindsOrganisationsByWordsOfTheirNameOrDescriptionAndIsOfferedToClearTheFilters() {
        WebDriver visitor = browser("pl-PL");
        visitor.get(url("organisations/"));
        List<String> firstPage = directory(visitor);

        // Words of the description, in capitals and a word's beginning: "Górnego Śląska" in the demo cluster's description.
        typeInDirectory(visitor, "GÓRNEGO śląsk");
        assertThat(directory(visitor)).containsExactly("Jastrzębski Klaster Innowacji");
        typeInDirectory(visitor, "medtech \"%_ ");
        assertThat(directory(visitor)).as("quotes and LIKE wildcards are ordinary characters").isEmpty();
        typeInDirectory(visitor, "medtech");
        assertThat(directory(visitor)).containsExactly("MedTech Silesia sp. z o.o.");
        chooseInDirectory(visitor, "country", "FR");
        assertThat(directory(visitor)).as("the words and the filters together").isEmpty();
        assertThat(text(visitor, "organisationsForm:organisations")).contains("Nic nie pasuje do wpisanych słów i wybranych filtrów.");

        visitor.findElement(By.id("organisationsForm:clear-filters")).click();
        waitFor(visitor).until(driver -> driver.findElement(By.id("organisationsForm:words")).getAttribute("value").isEmpty()
                && !present(driver, "organisationsForm:clear-filters"));
        assertThat(directory(visitor)).isEqualTo(firstPage);
        assertThat(visitor.manage().getCookieNamed("JSESSIONID")).isNull();
    }

    @Test
    void theDirectoryAndAPublicAgreementShowWhereTheirOrganisationsAreWithNothingFromElsewhere() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("portal.basedir", "."), "target/screenshots"));
        String agreement = find(AGREEMENT, get("agreements/").body());
        for (String language : List.of("pl-PL", "en-GB")) {
            WebDriver visitor = browser(language);
            for (int width : new int[] { 375, 1280 }) {
                visitor.manage().window().setSize(new Dimension(width, 1000));
                for (String page : List.of("organisations/", agreement)) {
                    visitor.get(url(page));
                    assertThat(markers(visitor)).as(page).isGreaterThan(0);
                    // The outline of the countries is the portal's own file: drawn, so the policy let it in.
                    waitFor(visitor).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                            "return document.querySelectorAll('.portal-map path:not(.leaflet-interactive)').length;")).intValue() > 40);
                    assertThat(((Number) ((JavascriptExecutor) visitor).executeScript(
                            "return performance.getEntriesByType('resource').filter(r => !r.name.startsWith(location.origin)).length;"))
                            .intValue()).as("requests to other origins from " + page).isZero();
                    Object overflow = ((JavascriptExecutor) visitor).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(((Number) overflow).intValue()).as(page + " at " + width + " px").isLessThanOrEqualTo(0);
                    String name = page.startsWith("organisations") ? "directory-map" : "agreement-map";
                    Files.write(folder.resolve(name + "-" + language + "-" + width + ".png"),
                            ((TakesScreenshot) visitor).getScreenshotAs(OutputType.BYTES));
                }
            }
        }
    }

    /** The places drawn on the page's map, once Leaflet has drawn them. */
    private int markers(WebDriver browser) {
        waitFor(browser).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('.portal-map path.leaflet-interactive').length;")).intValue() > 0);
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('.portal-map path.leaflet-interactive').length;")).intValue();
    }

    /**
     * Opens a filter of the directory and picks an entry, as a person does, and waits for the answer.
     */
    private void chooseInDirectory(WebDriver browser, String filter, String label) {
        String menu = "organisationsForm:" + filter;
        answered(browser, () -> {
            browser.findElement(By.cssSelector("[id='" + menu + "'] .ui-selectonemenu-trigger")).click();
            // An entry picked while the panel still opens is taken back by PrimeFaces: wait until it has opened.
            waitFor(browser).until(ExpectedConditions.attributeToBe(By.id(menu + "_label"), "aria-expanded", "true"));
            browser.findElement(By.cssSelector("[id='" + menu + "_items'] li[data-label='" + label + "']")).click();
        });
    }

    /** Types into the directory's words box as a person does and waits for the one (delayed) ajax answer. */
    private void typeInDirectory(WebDriver browser, String words) {
        WebElement box = browser.findElement(By.id("organisationsForm:words"));
        box.clear();
        answered(browser, () -> box.sendKeys(words));
    }

    /** Does what a person does and waits for the answer to its ajax request: an empty queue right after may come before the request has left. */
    private void answered(WebDriver browser, Runnable action) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.directoryAnswers = 0; jQuery(document).off('pfAjaxComplete.directory')"
                + ".on('pfAjaxComplete.directory', () => window.directoryAnswers++);");
        action.run();
        waitFor(browser).until(driver -> ((Number) page.executeScript("return window.directoryAnswers;")).intValue() > 0);
        waitForAjax(browser);
    }

    private List<String> directory(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id='organisationsForm:organisations_data'] td:first-child a"))
                .stream().map(link -> link.getText().trim()).toList();
    }

    /** How the page keeps its state: "stateless", or the key of its state in the session. */
    private static String viewState(WebDriver browser) {
        return browser.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
    }

    /** The directory's ajax request when a filter changes, as PrimeFaces sends it from the page just read. */
    private HttpResponse<String> filterDirectory(String kind, String country) throws IOException, InterruptedException {
        String page = get("organisations/").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "organisationsForm:country");
        form.put("jakarta.faces.partial.execute", "organisationsForm");
        form.put("jakarta.faces.partial.render", "organisationsForm:organisations");
        form.put("jakarta.faces.behavior.event", "change");
        form.put("jakarta.faces.partial.event", "change");
        form.put("organisationsForm", "organisationsForm");
        form.put("organisationsForm:kind_input", kind);
        form.put("organisationsForm:sector_input", "");
        form.put("organisationsForm:country_input", country);
        form.put("organisationsForm:region_input", "");
        form.put("organisationsForm:agreement_input", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        form.put("primefaces.nonce", find(NONCE, page));
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("organisations/index.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<partial-response").doesNotContain("error-500");
        return response;
    }

    /** A stylesheet or script the home page links to, relative to the portal. */
    private String resourceOfHomePage() throws IOException, InterruptedException {
        return find(RESOURCE, get("").body()).substring(1).replace("&amp;", "&");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<List<String>> sessionCookiesOf(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        return cookies.isEmpty() ? Optional.empty() : Optional.of(cookies);
    }

    /** The sessions the server's deployments hold now, from WildFly's management API. */
    private int activeSessions() throws IOException {
        ModelNode address = Operations.createAddress("deployment", "*", "subsystem", "undertow");
        ModelNode result = management.getControllerClient()
                .execute(Operations.createReadAttributeOperation(address, "active-sessions"));
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        return Operations.readResult(result).asList().stream()
                .mapToInt(deployment -> Operations.readResult(deployment).asInt())
                .sum();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

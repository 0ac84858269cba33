package org.clusterportal.testing;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test that uses the portal as a person would: Debian's headless Chromium against the deployed WAR, logging
 * in through the real Keycloak page. Each browser is fresh (its own profile, no cookies); no sleeps: waits are
 * for a condition, and after ajax for PrimeFaces' queue to empty.
 */
@RunAsClient
@ExtendWith({ KeycloakExtension.class, ArquillianExtension.class })
public abstract class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @ArquillianResource
    protected URL base;

    private final List<WebDriver> browsers = new ArrayList<>();
    private final KeycloakAdmin keycloak = new KeycloakAdmin();
    private final List<KeycloakAdmin.TestAccount> accounts = new ArrayList<>();

    /** A new browser whose person speaks English (as its Accept-Language says). */
    protected WebDriver browser() {
        return browser("en-GB");
    }

    /** A new browser with its own profile, asking for pages in the given language; closed after the test. */
    protected WebDriver browser(String acceptLanguage) {
        WebDriver browser = Chromium.start(acceptLanguage);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsersAndDeleteAccounts() {
        List<String> violations = new ArrayList<>();
        try {
            browsers.forEach(browser -> violations.addAll(policyViolations(browser)));
        }
        finally {
            browsers.forEach(WebDriver::quit);
            browsers.clear();
            accounts.forEach(keycloak::delete);
            accounts.clear();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The portal's Content-Security-Policy refused something:\n"
                    + String.join("\n", violations));
        }
    }

    /** What the console said since it was last read about the portal's pages breaking their policy. */
    private List<String> policyViolations(WebDriver browser) {
        String portal = base.getProtocol() + "://" + base.getAuthority();
        try {
            return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy") && message.contains(portal))
                    .toList();
        }
        catch (WebDriverException e) {
            return List.of(); // a browser that was already closed
        }
    }

    /** A new Keycloak account of this test's own (a member by the realm's default role), deleted after the test. */
    protected KeycloakAdmin.TestAccount newAccount(String prefix, String firstName, String lastName) {
        KeycloakAdmin.TestAccount account = keycloak.createAccount(prefix, firstName, lastName);
        accounts.add(account);
        return account;
    }

    /** Keycloak's admin API, for what a test changes in an account it made. */
    protected KeycloakAdmin keycloak() {
        return keycloak;
    }

    /** The absolute URL of a page of the portal, e.g. {@code url("admin/people.xhtml")}. */
    protected String url(String path) {
        return base.toString() + path;
    }

    /** Logs in through the Keycloak page from the portal's "Log in" button and waits to be back. */
    protected void logIn(WebDriver browser, String username, String password) {
        browser.get(url("login"));
        fillKeycloakLogin(browser, username, password);
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    protected void logIn(WebDriver browser, DemoAccount account) {
        logIn(browser, account.username(), account.password());
    }

    /** Fills the Keycloak login form shown in the browser now. */
    protected void fillKeycloakLogin(WebDriver browser, String username, String password) {
        WebElement user = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    protected WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    /** Presses a button that posts the whole page, and waits for the next page to be there. */
    protected void submit(WebDriver browser, String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        button.click();
        waitUntilGone(browser, button);
        waitForAjax(browser);
    }

    /** Waits until the element has left the page (the page or the part of it was replaced). */
    protected void waitUntilGone(WebDriver browser, WebElement element) {
        waitFor(browser).until(driver -> gone(element));
    }

    /**
     * Whether an element has left the page. Chromium may answer for a node it has just removed with "does not
     * belong to the document" rather than a stale reference: gone as well.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        }
        catch (StaleElementReferenceException e) {
            return true;
        }
        catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Switches the signed-in person's page to Polish as they would, with the header's switch: a demo account keeps
     * the language the last test chose for it.
     */
    protected void switchToPolish(WebDriver browser) {
        browser.findElement(By.id("language-pl")).click();
        waitFor(browser).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "pl"));
    }

    /** Switches the signed-in person's page to English: the texts most tests read. */
    protected void switchToEnglish(WebDriver browser) {
        browser.findElement(By.id("language-en")).click();
        waitFor(browser).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    /** Waits until PrimeFaces has no ajax request in flight (and jQuery none either). */
    protected void waitForAjax(WebDriver browser) {
        waitFor(browser).until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** The ids of the navigation links the page shows. */
    protected List<String> navigation(WebDriver browser) {
        return browser.findElements(By.cssSelector("#navigation a")).stream()
                .map(link -> link.getAttribute("id"))
                .toList();
    }

    protected String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    protected boolean present(WebDriver browser, String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** Replaces the text of a field. */
    protected void type(WebDriver browser, String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /**
     * Picks in a PrimeFaces autocomplete as a person does: types part of the name, waits for the suggestion with
     * this label and clicks it.
     */
    protected void pick(WebDriver browser, String autoCompleteId, String typed, String label) {
        WebElement field = browser.findElement(By.id(autoCompleteId + "_input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(typed);
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[id='" + autoCompleteId + "_panel'] li[data-item-label='" + label + "']"))).click();
        waitForAjax(browser);
    }

    /** Chooses the option with this label in a PrimeFaces select's underlying select element. */
    protected void choose(WebDriver browser, String selectId, String label) {
        Object chosen = ((JavascriptExecutor) browser).executeScript("""
                const select = document.getElementById(arguments[0]);
                const option = [...select.options].find(o => o.text.trim() === arguments[1]);
                if (option) { select.value = option.value; }
                return !!option;""", selectId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("No option " + label + " in " + selectId);
        }
    }

    /**
     * Presses a button of a form after adding {@code id=otherId} to the form, as a replayed request naming
     * another subject would post it.
     */
    protected void submitNaming(WebDriver browser, String formId, String otherId, String buttonId) {
        ((JavascriptExecutor) browser).executeScript("var id = document.createElement('input'); id.type = 'hidden';"
                + " id.name = 'id'; id.value = arguments[1]; document.getElementById(arguments[0]).appendChild(id);", formId, otherId);
        submit(browser, buttonId);
    }

    /** The rows of the audit log an admin sees for the person named, that mention the subject (e.g. "Offer 802"). */
    protected List<String> auditRows(String personName, String subject) {
        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        switchToEnglish(admin);
        admin.get(url("admin/audit.xhtml"));
        admin.findElement(By.id("auditForm:person")).sendKeys(personName);
        admin.findElement(By.id("auditForm:apply")).click();
        waitForAjax(admin);
        return admin.findElements(By.cssSelector("[id='auditForm:entries_data'] tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains(subject)).toList();
    }

    /** An HTTP client carrying the browser's session cookie: the same person, replaying requests by hand. */
    protected HttpClient sessionOf(WebDriver browser) {
        CookieManager cookies = new CookieManager();
        for (Cookie cookie : browser.manage().getCookies()) {
            HttpCookie copy = new HttpCookie(cookie.getName(), cookie.getValue());
            copy.setPath("/");
            copy.setVersion(0);
            cookies.getCookieStore().add(URI.create(base.toString()), copy);
        }
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }
}

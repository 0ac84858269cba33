package org.clusterportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Logging in through Keycloak, the navigation each role sees, and what a role may not open. */
class LoginIT extends BrowserTest {

    private static final String[] MEMBER_NAVIGATION = { "nav-home", "nav-offers", "nav-events", "nav-proposals",
            "nav-agreements", "nav-organisations" };

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void eachDemoAccountLogsInAndSeesTheNavigationOfItsRole(DemoAccount account) {
        WebDriver browser = browser();
        logIn(browser, account);

        assertThat(text(browser, "current-person-name")).isEqualTo(account.displayName());
        // Every demo account decides something: the admin everything, the coordinator proposals in their
        // agreements' clusters, the members the requests to join the organisations they administer.
        String[] withApprovals = append(MEMBER_NAVIGATION, "nav-approvals");
        if (account == DemoAccount.ADMIN) {
            assertThat(navigation(browser)).containsExactly(append(withApprovals, "nav-admin"));
        }
        else {
            assertThat(navigation(browser)).containsExactly(withApprovals);
        }
    }

    @Test
    void aMemberOpeningAnAdminPageGetsTheAccessDeniedPage() {
        WebDriver browser = browser();
        logIn(browser, DemoAccount.MEMBER);

        browser.get(url("admin/people.xhtml"));

        assertThat(present(browser, "error-403")).isTrue();
        assertThat(text(browser, "error-403")).contains("administrator");
        assertThat(present(browser, "people")).isFalse();

        browser.get(url("admin/"));

        assertThat(present(browser, "error-403")).as("the administration's folder is refused as its pages are").isTrue();
    }

    @Test
    void anAdminOpensTheAdminPage() {
        WebDriver browser = browser();
        logIn(browser, DemoAccount.ADMIN);

        browser.get(url("admin/people.xhtml"));

        assertThat(text(browser, "peopleForm:people")).contains(DemoAccount.ADMIN.displayName());

        // The administration's folder itself lands on its first page.
        browser.get(url("admin/"));

        assertThat(browser.getCurrentUrl()).endsWith("/admin/people.xhtml");
        assertThat(text(browser, "peopleForm:people")).contains(DemoAccount.ADMIN.displayName());
    }

    @Test
    void aVisitorOpeningAPrivatePageLogsInAndComesBackToIt() {
        WebDriver browser = browser();
        browser.get(url("offers/index.xhtml"));

        fillKeycloakLogin(browser, DemoAccount.MEMBER2.username(), DemoAccount.MEMBER2.password());

        waitFor(browser).until(driver -> driver.getCurrentUrl().startsWith(url("offers/index.xhtml")));
        // The offers page itself (its list, or the note that there is none yet: the demo data has offers now).
        assertThat(present(browser, "offersForm") || present(browser, "offers-empty")).isTrue();
        assertThat(text(browser, "current-person-name")).isEqualTo(DemoAccount.MEMBER2.displayName());
    }

    @Test
    void aLinkOpenedBeforeLoginKeepsItsQueryStringThroughTheLogin() {
        WebDriver browser = browser();
        // An offer of the OKIP agreement (demo data), in which the member takes part: the link of an e-mail.
        browser.get(url("offers/view.xhtml?id=801"));

        fillKeycloakLogin(browser, DemoAccount.MEMBER.username(), DemoAccount.MEMBER.password());

        waitFor(browser).until(driver -> driver.getCurrentUrl().startsWith(url("offers/view.xhtml")));
        assertThat(browser.getCurrentUrl()).endsWith("/offers/view.xhtml?id=801");
        assertThat(present(browser, "offer-title")).as("the offer, not \"Page not found\"").isTrue();
        assertThat(present(browser, "error-404")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example/", "//evil.example/", "/\\evil.example/" })
    void theLoginReturnsOnlyToAPageOfThePortal(String next) {
        WebDriver browser = browser();
        browser.get(url("login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));

        fillKeycloakLogin(browser, DemoAccount.MEMBER.username(), DemoAccount.MEMBER.password());

        waitFor(browser).until(driver -> present(driver, "current-person-name"));
        assertThat(browser.getCurrentUrl()).startsWith(url("")).doesNotContain("evil.example");
    }

    @Test
    void aVisitorSeesThePublicHomePageWithALoginButtonAndThePublicDirectory() {
        WebDriver browser = browser();
        browser.get(url(""));

        assertThat(present(browser, "visitor-home")).isTrue();
        assertThat(present(browser, "login")).isTrue();
        assertThat(navigation(browser)).containsExactly("nav-home", "nav-agreements", "nav-organisations");
    }

    @Test
    void theSessionOfAVisitorIsNotTheSessionAfterTheLogin() throws Exception {
        WebDriver browser = browser();
        // Choosing a language opens a visitor's session.
        browser.get(url("?lang=en"));
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(before).as("a visitor's session").isNotNull();

        logIn(browser, DemoAccount.MEMBER);

        Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).as("a new session id at login").isNotEqualTo(before.getValue());
        HttpResponse<String> withOldId = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("offers/index.xhtml")))
                .header("Cookie", "JSESSIONID=" + before.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withOldId.statusCode()).as("the old id is nobody's login").isNotEqualTo(200);
        assertThat(withOldId.body()).doesNotContain(DemoAccount.MEMBER.displayName());
    }

    private static String[] append(String[] items, String item) {
        String[] result = Arrays.copyOf(items, items.length + 1);
        result[items.length] = item;
        return result;
    }
}

package org.clusterportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.KeycloakExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every response carries (headers), the session cookie's flags, the health probes, and no open redirect at
 * login.
 */
@RunAsClient
@ExtendWith({ KeycloakExtension.class, ArquillianExtension.class })
class SecurityHeadersIT {

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndOneCompletePolicy() throws Exception {
        HttpResponse<String> home = get("");

        assertThat(home.statusCode()).isEqualTo(200);
        assertCommonHeaders(home);
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
        // One policy: the server's strict one and the portal's without a nonce are replaced by the page's.
        assertThat(home.headers().allValues("Content-Security-Policy")).singleElement().satisfies(policy -> {
            assertThat(policy).startsWith("default-src 'self'; ")
                    .contains("style-src 'self' 'unsafe-inline';", "img-src 'self' data:;", "font-src 'self' data:;",
                            "connect-src 'self';", "form-action 'self' http://127.0.0.1:8180;",
                            "frame-ancestors 'none';", "object-src 'none';", "base-uri 'self';")
                    // PrimeFaces appends its nonce and a ';'.
                    .containsPattern("script-src 'self' 'nonce-[^']+';?$");
        });
        assertThat(home.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void filesAndTheServersOwnAnswersCarryTheHeadersToo() throws Exception {
        HttpResponse<String> redirect = get("admin/people.xhtml");
        HttpResponse<String> source = get("WEB-INF/web.xml");
        HttpResponse<String> file = get("resources/portal/portal.css");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(source.statusCode()).isIn(403, 404);
        assertThat(source.body()).doesNotContain("<web-app");
        assertThat(file.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : List.of(redirect, source, file)) {
            assertCommonHeaders(response);
            assertThat(response.headers().allValues("Content-Security-Policy")).as(response.uri().toString())
                    .singleElement().asString().contains("frame-ancestors 'none'");
        }
        // Nothing of the portal runs before the OIDC client's redirect: the server's policy, which allows nothing.
        assertThat(redirect.headers().firstValue("Content-Security-Policy")).get().asString()
                .startsWith("default-src 'none'");
        // A file of the portal: the portal's policy, without a nonce.
        assertThat(file.headers().firstValue("Content-Security-Policy")).get().asString()
                .startsWith("default-src 'self'; ").endsWith("script-src 'self'");
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        String uri = response.uri().toString();
        assertThat(response.headers().allValues("X-Content-Type-Options")).as(uri).containsExactly("nosniff");
        assertThat(response.headers().allValues("Referrer-Policy")).as(uri)
                .containsExactly("strict-origin-when-cross-origin");
        assertThat(response.headers().allValues("X-Frame-Options")).as(uri).containsExactly("DENY");
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndOtherSites() throws Exception {
        // A visitor's pages open no session (VisitorSessionsIT); choosing a language is remembered in one.
        HttpResponse<String> languageChosen = get("?lang=en");

        assertThat(languageChosen.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theHealthProbesAnswer() throws Exception {
        HttpResponse<String> live = get("api/health/live");
        HttpResponse<String> ready = get("api/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void templatesAreNotServedAsPages() throws Exception {
        assertThat(get("WEB-INF/templates/layout.xhtml").statusCode()).isIn(403, 404);
    }

    @Test
    void aVisitorAskingForAPrivatePageIsSentToKeycloak() throws Exception {
        HttpResponse<String> response = get("admin/people.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .contains("/realms/cluster-portal/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256");
    }

    @Test
    void theFeedsLinkToTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
        // arquillian.xml starts the server with -Dportal.base-url=http://127.0.0.1:8280.
        for (String feed : List.of("calendar/public.rss", "calendar/public.ics")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + feed))
                    .header("Host", "evil.example").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(feed).isEqualTo(200);
            assertThat(response.body()).as(feed).doesNotContainIgnoringCase("evil.example")
                    .contains("http://127.0.0.1:8280/");
        }
        assertThat(get("calendar/public.rss").body()).contains("<link>http://127.0.0.1:8280/</link>");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

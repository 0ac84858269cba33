package org.clusterportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

/** Which requests count as coming from the portal's own pages. */
class SameOriginTest {

    @Test
    void theBrowsersFetchSiteDecidesWhenItIsSent() {
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Sec-Fetch-Site", "same-origin")))).isTrue();
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Sec-Fetch-Site", "cross-site")))).isFalse();
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Sec-Fetch-Site", "same-site"))))
                .as("another port of the host").isFalse();
        assertThat(SameOrigin.isSameOrigin(request("GET", Map.of("Sec-Fetch-Site", "none")))).as("an address typed").isTrue();
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Sec-Fetch-Site", "none")))).isFalse();
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Sec-Fetch-Site", "same-origin", "Origin", "http://evil.example"))))
                .as("Sec-Fetch-Site first").isTrue();
    }

    @Test
    void elseTheOriginMustBeThePortals() {
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Origin", "http://127.0.0.1:8280")))).isTrue();
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Origin", "http://127.0.0.1:9999")))).isFalse();
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of("Origin", "http://evil.example")))).isFalse();
        assertThat(SameOrigin.isSameOrigin(request("POST", Map.of()))).as("a client that sends neither").isTrue();
    }

    @Test
    void anOriginOmitsTheDefaultPort() {
        assertThat(SameOrigin.originOf("https://portal.example.org:443/logout")).isEqualTo("https://portal.example.org");
        assertThat(SameOrigin.originOf("http://localhost:8080/cluster-portal/logout")).isEqualTo("http://localhost:8080");
    }

    private static HttpServletRequest request(String method, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.get((String) arguments[0]);
                    case "getRequestURL" -> new StringBuffer("http://127.0.0.1:8280/cluster-portal/logout");
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}

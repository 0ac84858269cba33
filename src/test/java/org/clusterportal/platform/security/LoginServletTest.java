package org.clusterportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginServletTest {

    @ParameterizedTest
    @ValueSource(strings = { "/offers/index.xhtml", "/admin/people.xhtml?page=2" })
    void aPathOfThePortalIsWhereTheLoginReturns(String next) {
        assertThat(LoginServlet.localPath(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example", "//evil.example", "/\\evil.example", "evil", "/\r\nSet-Cookie:x" })
    void anyOtherTargetReturnsHome(String next) {
        assertThat(LoginServlet.localPath(next)).isEqualTo("/");
    }
}

package org.clusterportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void formsMayPostToKeycloaksOriginOnly() {
        assertThat(ContentSecurityPolicy.of("https://Login.Example.org/realms/cluster-portal"))
                .contains("form-action 'self' https://login.example.org;");
        assertThat(ContentSecurityPolicy.of("http://127.0.0.1:8180/realms/cluster-portal/"))
                .contains("form-action 'self' http://127.0.0.1:8180;");
    }

    @Test
    void scriptsComeLastForPrimeFacesToAppendItsNonce() {
        assertThat(ContentSecurityPolicy.of("http://127.0.0.1:8180/realms/x"))
                .startsWith("default-src 'self'; ").endsWith("; script-src 'self'");
    }

    @Test
    void aRelativeProviderAddressIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContentSecurityPolicy.origin("/realms/x"));
    }
}

package org.clusterportal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    @Test
    void aDefaultNamingAServerPropertyIsResolvedFromIt() {
        System.setProperty("portal.test.data-dir", "/srv/data");
        try {
            assertThat(PortalSettings.expand("${portal.test.data-dir}/portal-files")).isEqualTo("/srv/data/portal-files");
        }
        finally {
            System.clearProperty("portal.test.data-dir");
        }
    }

    @Test
    void aPropertyThatIsNotSetIsNamedInTheError() {
        assertThatThrownBy(() -> PortalSettings.expand("${portal.test.missing}/x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.test.missing");
    }
}

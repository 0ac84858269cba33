package org.clusterportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** The portal's person record follows the Keycloak account: created at the first login, renamed at the next. */
class PersonSyncIT extends BrowserTest {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void thePersonIsCreatedAtFirstLoginAndRenamedWhenKeycloakSaysSo() {
        TestAccount account = newAccount("sync", "Zofia", "Nowicka");

        WebDriver first = browser();
        logIn(first, account.username(), account.password());
        assertThat(text(first, "current-person-name")).isEqualTo("Zofia Nowicka");
        assertThat(text(first, "current-person-organisation")).isEqualTo("No organisation yet");
        assertThat(navigation(first)).as("every account is a member by default").contains("nav-offers");

        keycloak().rename(account, "Zofia", "Nowicka-Kowalczyk");
        WebDriver second = browser();
        logIn(second, account.username(), account.password());
        assertThat(text(second, "current-person-name")).isEqualTo("Zofia Nowicka-Kowalczyk");
    }
}

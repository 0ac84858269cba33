package org.clusterportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logging out ends the portal's and Keycloak's sessions; the back button shows nothing private. */
class LogoutIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void afterLogoutTheBackButtonShowsNoPrivateContent() {
        WebDriver browser = browser();
        logIn(browser, DemoAccount.MEMBER);
        browser.get(url("offers/index.xhtml"));
        assertThat(browser.getPageSource()).contains(DemoAccount.MEMBER.displayName());

        browser.findElement(By.id("logout")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("visitor-home")));

        browser.navigate().back();
        waitFor(browser).until(driver -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
        assertThat(browser.getPageSource()).doesNotContain(DemoAccount.MEMBER.displayName());
        assertThat(present(browser, "offers-empty")).isFalse();
    }

    @Test
    void afterLogoutKeycloakAsksForThePasswordAgain() {
        WebDriver browser = browser();
        logIn(browser, DemoAccount.MEMBER);
        browser.findElement(By.id("logout")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("visitor-home")));

        browser.get(url("login"));

        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertThat(present(browser, "current-person-name")).isFalse();
    }
}

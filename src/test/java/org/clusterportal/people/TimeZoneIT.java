package org.clusterportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The zone of a person's times (issue 14, defect 8): their browser's, stored the first time the portal learns it,
 * so the first page after any later login uses it, not Europe/Warsaw; the footer says which; the profile changes it.
 */
class TimeZoneIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theBrowsersZoneIsStoredOnThePersonAndTheProfileChangesIt() throws IOException {
        TestAccount account = newAccount("zone", "Zofia", "Strefa");

        WebDriver first = browser();
        first.get(url(""));
        String browsers = (String) ((JavascriptExecutor) first).executeScript(
                "return Intl.DateTimeFormat().resolvedOptions().timeZone;");
        assertThat(browsers).as("this test needs a machine outside Warsaw's zone").isNotEqualTo("Europe/Warsaw");
        logIn(first, account.username(), account.password());
        assertThat(zoneOf(first)).as("the first page after login").isEqualTo(browsers);
        assertThat(text(first, "time-zone")).contains("Times in " + browsers);

        // Another browser that never told the portal its zone: the person's stored one from the first page on.
        WebDriver second = browser();
        logIn(second, account.username(), account.password());
        assertThat(zoneOf(second)).isEqualTo(browsers);

        // Chosen in the profile: every page says it, and so does the next login.
        second.findElement(By.id("change-time-zone")).click();
        pick(second, "profileForm:timeZone", "New_Y", "America/New_York");
        submit(second, "profileForm:save");
        assertThat(zoneOf(second)).isEqualTo("America/New_York");
        second.get(url("events/index.xhtml"));
        assertThat(zoneOf(second)).isEqualTo("America/New_York");
        screenshot(second, "time-zone-footer-en-1280");
        second.manage().window().setSize(new Dimension(375, 800));
        second.get(url("people/profile.xhtml"));
        screenshot(second, "time-zone-profile-en-375");

        WebDriver third = browser();
        third.get(url(""));
        logIn(third, account.username(), account.password());
        assertThat(zoneOf(third)).as("a zone chosen is not replaced by the browser's").isEqualTo("America/New_York");
    }

    private String zoneOf(WebDriver browser) {
        return browser.findElement(By.id("time-zone")).getAttribute("data-zone");
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

package org.clusterportal.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.clusterportal.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * CI's smoke test of the run command (profile smoke, see .ci/run): against the portal that command started,
 * a demo member logs in through Keycloak in Chromium and sees their name and organisation.
 */
class RunCommandSmokeIT {

    @Test
    void aDemoMemberLogsIntoThePortalTheRunCommandStarted() {
        String portal = System.getProperty("portal.url", "http://localhost:8080/");
        WebDriver browser = Chromium.start("pl-PL");
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(portal);
            browser.findElement(By.id("login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("member");
            browser.findElement(By.id("password")).sendKeys("Member-Portal-2026");
            browser.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-person-name")));
            assertThat(browser.findElement(By.id("current-person-name")).getText()).isEqualTo("Anna Wiśniewska");
            assertThat(browser.findElement(By.id("current-person-organisation")).getText())
                    .isEqualTo("Jastrzębie Innovation Labs sp. z o.o.");
            assertThat(browser.findElement(By.id("nav-offers")).getText()).isEqualTo("Oferty");
        }
        finally {
            browser.quit();
        }
    }
}

package org.clusterportal.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * CI's smoke test of the run command (profile smoke, see .ci/run): against the portal that command started,
 * a demo member logs in through Keycloak in Chromium and sees their name and organisation.
 */
class RunCommandSmokeIT {

    @Test
    void aDemoMemberLogsIntoThePortalTheRunCommandStarted() throws Exception {
        String portal = System.getProperty("portal.url", "http://localhost:8080/");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=pl-PL",
                        "--user-data-dir=" + Files.createTempDirectory("portal-smoke-"))
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "pl-PL"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
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

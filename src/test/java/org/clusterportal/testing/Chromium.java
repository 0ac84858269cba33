package org.clusterportal.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium and its driver, as installed by .ci/run: nothing is downloaded. Each browser gets a
 * profile of its own, so no cookie passes from one to another.
 */
public final class Chromium {

    private Chromium() {
    }

    /** A new browser asking for pages in the given language ("pl-PL", "en-GB"). */
    public static WebDriver start(String acceptLanguage) {
        try {
            ChromeOptions options = new ChromeOptions()
                    .setBinary("/usr/bin/chromium")
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                            "--lang=" + acceptLanguage,
                            "--user-data-dir=" + Files.createTempDirectory("portal-chromium-"))
                    .setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
            // The console, for BrowserTest to see Content-Security-Policy violations.
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            return new ChromeDriver(service, options);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot make a browser profile", e);
        }
    }
}

package org.clusterportal.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Errors reach pages that say what happened: ajax errors included, with an incident number, never a stack trace. */
class ErrorPagesIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal()
                .addClass(AjaxErrorBacking.class)
                .addAsWebResource(new File(System.getProperty("portal.basedir", "."), "src/test/webapp/test/ajax-error.xhtml"),
                        "test/ajax-error.xhtml");
    }

    @Test
    void anAjaxErrorShowsTheErrorPage() {
        WebDriver browser = browser();
        browser.get(url("test/ajax-error.xhtml"));

        browser.findElement(By.id("errorForm:fail")).click();

        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("error-500")));
        assertThat(text(browser, "incident")).matches("[0-9a-f-]{36}");
        assertThat(browser.getPageSource()).doesNotContain("IllegalStateException").doesNotContain("at org.clusterportal");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        WebDriver browser = browser();
        browser.get(url("no/such/page.xhtml"));

        assertThat(present(browser, "error-404")).isTrue();
    }

    @Test
    void anExpiredViewComesBackToThePageWithAMessage() {
        WebDriver browser = browser();
        browser.get(url("test/ajax-error.xhtml"));
        browser.manage().deleteCookieNamed("JSESSIONID");

        browser.findElement(By.id("errorForm:fail")).click();

        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("view-expired")));
        assertThat(browser.getCurrentUrl()).endsWith("test/ajax-error.xhtml");
    }
}

package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Certificates of attendance as people use them, on the demo training that ended yesterday (event 151: `member`
 * attended, `member2` did not): the coordinator issues them from the registrations page, the member downloads
 * theirs from the event page and the profile, another member typing its address gets nothing, and a visitor's
 * verification page (no login, no session) says it is genuine, in Polish and English, on a phone.
 */
class CertificatesIT extends BrowserTest {

    private static final String EVENT = "151";
    private static final Pattern NUMBER = Pattern.compile("[A-Z2-9]{4}(-[A-Z2-9]{4}){5}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theCoordinatorIssuesTheMemberDownloadsAndTheVerificationPageConfirms() throws Exception {
        WebDriver coordinator = browser("pl-PL");
        logIn(coordinator, DemoAccount.COORDINATOR);
        switchToPolish(coordinator);
        coordinator.get(url("events/registrations.xhtml?id=" + EVENT));
        assertThat(rowOf(coordinator, "Tomasz Zieliński")).as("no certificate for who did not attend")
                .doesNotContain("Zaświadczenie (PDF)", "Wydaj zaświadczenie");
        if (present(coordinator, "registrationsForm:issueAll")) {
            coordinator.findElement(By.id("registrationsForm:issueAll")).click();
            waitForAjax(coordinator);
        }
        waitFor(coordinator).until(driver -> rowOf(driver, "Anna Wiśniewska").contains("Zaświadczenie (PDF)"));
        assertThat(rowOf(coordinator, "Tomasz Zieliński")).doesNotContain("Zaświadczenie (PDF)");
        screenshot(coordinator, "events-registrations-certificates-pl-PL", 1280);

        WebDriver member = browser("en-GB");
        logIn(member, DemoAccount.MEMBER);
        member.get(url("events/view.xhtml?id=" + EVENT));
        String href = member.findElement(By.id("my-certificate-link")).getAttribute("href");
        Map<String, Object> download = fetch(member, href);
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat(download.get("type")).isEqualTo("application/pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode((String) download.get("body")))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Anna Wiśniewska", "Zarządzanie własnością intelektualną we wspólnych projektach",
                "Ogólnopolski Klaster Innowacyjnych Przedsiębiorców");
        Matcher found = NUMBER.matcher(text);
        assertThat(found.find()).as("a certificate number in " + text).isTrue();
        String number = found.group();
        assertThat(text).as("the member's language: the demo member speaks Polish unless they chose otherwise")
                .containsAnyOf("Zaświadczenie o udziale", "Certificate of attendance");
        assertThat(text.replace(" ", "")).contains("/certificates/verify.xhtml?number=" + number);

        member.get(url("people/profile.xhtml"));
        assertThat(text(member, "my-certificates")).contains("Zarządzanie własnością intelektualną");

        WebDriver other = browser("en-GB");
        logIn(other, DemoAccount.MEMBER2);
        assertThat(fetch(other, href).get("status")).as("another member typing the address").isEqualTo(404L);
        other.get(url("events/view.xhtml?id=" + EVENT));
        assertThat(present(other, "my-certificate-link")).isFalse();

        for (String language : List.of("pl-PL", "en-GB")) {
            WebDriver visitor = browser(language);
            visitor.manage().window().setSize(new Dimension(375, 900));
            visitor.get(url("certificates/verify.xhtml?number=" + number.toLowerCase()));
            assertThat(text(visitor, "verify-result")).isEqualTo(language.startsWith("pl")
                    ? "To zaświadczenie jest autentyczne." : "This certificate is genuine.");
            assertThat(text(visitor, "verified-holder")).isEqualTo("Anna Wiśniewska");
            assertThat(text(visitor, "verified-event")).isEqualTo("Zarządzanie własnością intelektualną we wspólnych projektach");
            assertThat(visitor.manage().getCookieNamed("JSESSIONID")).as("the visitor's page opens no session").isNull();
            assertNoOverflow(visitor);
            screenshot(visitor, "certificates-verify-" + language, 375);

            visitor.findElement(By.id("number")).clear();
            visitor.findElement(By.id("number")).sendKeys("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
            visitor.findElement(By.id("check")).click();
            waitFor(visitor).until(ExpectedConditions.textToBe(By.id("verify-result"), language.startsWith("pl")
                    ? "Nie ma zaświadczenia o tym numerze." : "No certificate has this number."));
            assertThat(visitor.manage().getCookieNamed("JSESSIONID")).isNull();
            screenshot(visitor, "certificates-verify-unknown-" + language, 375);
        }
    }

    private static String rowOf(WebDriver browser, String person) {
        return browser.findElements(By.cssSelector("[id='registrationsForm:registrations_data'] tr")).stream()
                .map(row -> row.getText()).filter(row -> row.contains(person)).findFirst().orElse("");
    }

    /** Downloads an address with the browser's session: status, content type and the body in base64. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(WebDriver browser, String href) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async response => {
                    const bytes = new Uint8Array(await response.arrayBuffer());
                    let binary = '';
                    bytes.forEach(b => binary += String.fromCharCode(b));
                    done({status: response.status, type: response.headers.get('Content-Type'), body: btoa(binary)});
                });""", href);
    }

    private static void assertNoOverflow(WebDriver browser) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("wider than the screen").isLessThanOrEqualTo(0);
    }

    private static void screenshot(WebDriver browser, String name, int width) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("portal.basedir", "."), "target/screenshots"));
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(width, (int) Math.max(900, height)));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(width, 900));
    }
}

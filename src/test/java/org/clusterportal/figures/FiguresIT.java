package org.clusterportal.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The OKIP agreement's figures in the browser: its coordinator sees the charts drawn in Polish on a phone, with
 * no script error and no CSP violation, and downloads a spreadsheet with the page's numbers and a PDF report; a
 * member without a role there is refused; an organisation's administrator sees its figures and no other's; the
 * administrator chooses a period and is told when a typed one is wrong; a visitor sees only the public summary
 * of a public agreement. Screenshots in both languages at 375 and 1280 pixels.
 */
class FiguresIT extends BrowserTest {

    /** Collects script errors, console errors and CSP violations from the first moment of every page. */
    private static final String WATCH = "window.__problems = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));"
            + "window.addEventListener('error', e => window.__problems.push('error ' + e.message));"
            + "const __error = console.error; console.error = function () { window.__problems.push('console ' + Array.from(arguments).join(' ')); __error.apply(console, arguments); };";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theCoordinatorSeesTheChartsOnAPhoneAndDownloadsTheSameNumbers() throws Exception {
        WebDriver coordinator = browser("pl-PL");
        ((ChromiumDriver) coordinator).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        logIn(coordinator, DemoAccount.COORDINATOR);
        switchToPolish(coordinator);
        coordinator.manage().window().setSize(new Dimension(375, 900));
        coordinator.get(url("agreements/view.xhtml?id=1"));
        coordinator.findElement(By.id("agreement-figures")).click();
        waitFor(coordinator).until(browser -> present(browser, "figures-title"));
        assertThat(coordinator.getCurrentUrl()).contains("agreements/figures.xhtml");
        assertThat(text(coordinator, "figures-title")).contains("Wskaźniki współpracy");
        JavascriptExecutor script = (JavascriptExecutor) coordinator;
        chartsDrawn(coordinator);
        // The network: drawn by ECharts on a canvas, one node per organisation of a cross-cluster link.
        waitFor(coordinator).until(browser -> (Boolean) script.executeScript(
                "const n = document.getElementById('network'); return !!(window.echarts && n.querySelector('canvas') && echarts.getInstanceByDom(n));"));
        assertThat(((Number) script.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('network')).getOption().series[0].data.length;")).intValue())
                .as("organisations in the network").isGreaterThanOrEqualTo(4);
        assertThat((List<?>) script.executeScript("return window.__problems;")).as("script errors and CSP violations").isEmpty();
        Object overflow = script.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("wider than the phone").isLessThanOrEqualTo(0);

        long offers = number(coordinator, "figures.offers.published");
        long interests = number(coordinator, "figures.interests.sent");
        long attendance = number(coordinator, "figures.events.attendance");
        assertThat(offers).as("the demo data's offers of the last year").isGreaterThanOrEqualTo(8);
        assertThat(interests).isGreaterThanOrEqualTo(10);
        assertThat(attendance).isGreaterThanOrEqualTo(15);

        HttpClient client = sessionOf(coordinator);
        String xlsxLink = coordinator.findElement(By.id("download-xlsx")).getAttribute("href");
        HttpResponse<byte[]> xlsx = client.send(HttpRequest.newBuilder(URI.create(xlsxLink)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet figures = workbook.getSheetAt(0);
            assertThat(valueOf(figures, "Opublikowane oferty i zapytania")).isEqualTo(offers);
            assertThat(valueOf(figures, "Wysłane zgłoszenia zainteresowania")).isEqualTo(interests);
            assertThat(valueOf(figures, "Obecność")).isEqualTo(attendance);
        }
        HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(URI.create(coordinator.findElement(By.id("download-pdf")).getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        HttpResponse<String> csv = client.send(HttpRequest.newBuilder(URI.create(coordinator.findElement(By.id("download-csv")).getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.body()).contains("\"Opublikowane oferty i zapytania\"," + offers + ",");

        screenshots(coordinator, "pl");
        coordinator.findElement(By.id("language-en")).click();
        waitFor(coordinator).until(browser -> text(browser, "figures-title").contains("Cooperation figures"));
        screenshots(coordinator, "en");
    }

    @Test
    void anOrganisationsAdministratorSeesItsFiguresAndIsRefusedTheOthers() throws Exception {
        WebDriver member = browser();
        ((ChromiumDriver) member).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        // member administers organisation 21 (demo data) and coordinates nothing, administers nothing else.
        logIn(member, DemoAccount.MEMBER);
        member.get(url("organisations/view.xhtml?id=21"));
        member.findElement(By.id("organisation-figures")).click();
        waitFor(member).until(browser -> present(browser, "figures-title"));
        assertThat(member.getCurrentUrl()).contains("organisations/figures.xhtml").contains("id=21");
        chartsDrawn(member);
        assertThat((List<?>) ((JavascriptExecutor) member).executeScript("return window.__problems;")).as("script errors and CSP violations").isEmpty();
        HttpClient client = sessionOf(member);
        assertThat(status(client, member.findElement(By.id("download-xlsx")).getAttribute("href"))).isEqualTo(200);

        member.get(url("organisations/figures.xhtml?id=23"));
        assertThat(present(member, "error-403")).as("another organisation's figures").isTrue();
        assertThat(status(client, url("figures/figures.xlsx?scope=organisation&id=23"))).isEqualTo(403);
        member.get(url("agreements/view.xhtml?id=1"));
        assertThat(present(member, "agreement-figures")).isFalse();
        member.get(url("agreements/figures.xhtml?id=1"));
        assertThat(present(member, "error-403")).isTrue();
        assertThat(status(client, url("figures/figures.xlsx?scope=agreement&id=1"))).isEqualTo(403);
        member.get(url("admin/figures.xhtml"));
        assertThat(present(member, "error-403")).isTrue();
        assertThat(status(client, url("figures/figures.pdf?scope=portal"))).isEqualTo(403);
    }

    @Test
    void theAdministratorChoosesAPeriodAndIsToldWhenATypedOneIsWrong() throws Exception {
        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        // English, as the other tests that sign the demo admin in expect to find it.
        switchToEnglish(admin);
        admin.get(url("admin/figures.xhtml"));
        waitFor(admin).until(browser -> present(browser, "figures-title"));
        chartsDrawn(admin);
        String lastYear = text(admin, "figures-period");
        long offersOfTheYear = number(admin, "figures.offers.published");
        assertThat(offersOfTheYear).as("the portal's offers of the last year").isGreaterThanOrEqualTo(8);

        // The fourth choice is the quarter before this one: another period, fewer or as many offers, its own address.
        admin.findElements(By.cssSelector("#period-choices a")).get(4).click();
        waitFor(admin).until(browser -> !text(browser, "figures-period").equals(lastYear));
        assertThat(admin.getCurrentUrl()).contains("from=").contains("to=");
        assertThat(number(admin, "figures.offers.published")).isLessThanOrEqualTo(offersOfTheYear);

        admin.get(url("admin/figures.xhtml?from=2026-03-31&to=2026-01-01"));
        assertThat(text(admin, "period-refused")).contains("2026-03-31 – 2026-01-01").contains("ends before it begins");
        assertThat(text(admin, "figures-period")).isEqualTo(lastYear);
        admin.get(url("admin/figures.xhtml?from=" + "9".repeat(5000) + "&to=%00%27"));
        assertThat(text(admin, "period-refused")).contains("is not a pair of dates");
        assertThat(status(sessionOf(admin), url("figures/figures.xlsx?scope=portal&from=2026-03-31&to=2026-01-01"))).isEqualTo(400);
    }

    @Test
    void aVisitorSeesThePublicSummaryOfAPublicAgreementAndNothingOfAnother() throws Exception {
        WebDriver visitor = browser();
        visitor.get(url("agreements/view.xhtml?id=2"));
        visitor.findElement(By.id("agreement-figures")).click();
        waitFor(visitor).until(browser -> present(browser, "figures-title"));
        assertThat(present(visitor, "figures-summary-note")).as("counts only").isTrue();
        assertThat(present(visitor, "table-links")).as("no names of organisations").isFalse();
        assertThat(present(visitor, "network")).isFalse();
        visitor.get(url("agreements/figures.xhtml?id=1"));
        assertThat(present(visitor, "figures-title")).as("a participants-only agreement's figures").isFalse();
        assertThat(status(HttpClient.newHttpClient(), url("figures/figures.xlsx?scope=agreement&id=1"))).isIn(403, 404);
    }

    private void chartsDrawn(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        waitFor(browser).until(page -> ((Number) script.executeScript(
                "return Array.from(document.querySelectorAll('canvas')).filter(c => window.Chart && Chart.getChart(c)).length;")).intValue() == 4);
    }

    private static int status(HttpClient client, String address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long number(WebDriver browser, String key) {
        return Long.parseLong(browser.findElement(By.cssSelector("td[data-key='" + key + "']")).getText().replaceAll("[^0-9]", ""));
    }

    private static long valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(row.getCell(1).getStringCellValue())) {
                return (long) row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("No row " + label);
    }

    private void screenshots(WebDriver browser, String language) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("portal.basedir", "."), "target/screenshots"));
        for (int width : new int[] { 375, 1280 }) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            browser.navigate().refresh();
            waitFor(browser).until(page -> present(page, "figures-title"));
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, (int) Math.max(1000, height)));
            Files.write(folder.resolve("figures-agreement-" + language + "-" + width + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

}

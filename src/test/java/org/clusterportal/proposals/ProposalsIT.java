package org.clusterportal.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.clusterportal.testing.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A consortium in the browser: Anna (Jastrzębie Innovation Labs, in Jastrzębski Klaster Innowacji) publishes a
 * proposal for the OKIP agreement seeking a research partner; Tomasz (MedTech Silesia, in PIKMED, another
 * signatory) asks to join; Anna accepts; both upload versions of one document and see its history; the
 * proposal is submitted and funded. A person of no organisation typing the workspace's or a file's address
 * gets "not found".
 */
class ProposalsIT extends BrowserTest {

    private static final String AGREEMENT_1 = "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP";

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aConsortiumFormsPreparesItsApplicationAndIsFunded() throws Exception {
        String word = "hoist" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Predictive maintenance of mine hoists " + word;

        // Anna writes the proposal and seeks a research partner.
        WebDriver lead = browser();
        logIn(lead, DemoAccount.MEMBER);
        lead.get(url("proposals/edit.xhtml"));
        type(lead, "proposalForm:title", title);
        type(lead, "proposalForm:acronym", "HOIST");
        type(lead, "proposalForm:programme", "Horizon Europe");
        type(lead, "proposalForm:callIdentifier", "HORIZON-CL4-2027-TWIN-01");
        type(lead, "proposalForm:callLink", "javascript:alert(1)");
        type(lead, "proposalForm:deadline_input",
                LocalDateTime.now().plusMonths(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        type(lead, "proposalForm:summary", "Sensors and models that warn before a hoist fails.");
        lead.findElements(By.cssSelector("#proposalForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        submit(lead, "proposalForm:save");
        assertThat(text(lead, "proposalForm:callLinkMessage")).as("only http(s) links").contains("http");
        type(lead, "proposalForm:callLink", "https://ec.europa.eu/info/funding-tenders/opportunities/portal/");
        submit(lead, "proposalForm:save");
        assertThat(text(lead, "proposal-title")).isEqualTo(title);
        assertThat(text(lead, "proposal-status")).isEqualTo("Idea");
        String page = lead.getCurrentUrl();
        String id = page.replaceAll(".*[?&]id=(\\d+).*", "$1");

        choose(lead, "profileForm:profileRole_input", "Research partner");
        type(lead, "profileForm:profileCompetences", "Vibration analysis and fatigue models of steel ropes.");
        submit(lead, "profileForm:addProfile");
        assertThat(text(lead, "proposal-searches")).contains("Research partner", "Vibration analysis");

        // Tomasz finds the partner search of his agreement and asks to join for MedTech Silesia.
        WebDriver partner = browser();
        logIn(partner, DemoAccount.MEMBER2);
        partner.get(url("proposals/index.xhtml"));
        type(partner, "proposalsForm:words", word);
        waitFor(partner).until(ExpectedConditions.presenceOfElementLocated(By.linkText(title))).click();
        waitFor(partner).until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-title")));
        assertThat(present(partner, "open-workspace")).isFalse();
        assertThat(present(partner, "edit-proposal")).isFalse();
        choose(partner, "joinForm:profile_input", "Research partner");
        type(partner, "joinForm:message", "Our lab tests ropes " + word);
        submit(partner, "joinForm:request");
        assertThat(text(partner, "messages")).contains("Your request was sent");
        assertThat(text(partner, "consortiumForm:partners")).contains("MedTech Silesia", "Requested to join");
        partner.get(url("proposals/workspace.xhtml?id=" + id));
        assertThat(present(partner, "error-404")).as("a request is not membership").isTrue();

        // Anna accepts the request.
        lead.get(page);
        assertThat(text(lead, "consortiumForm:partners")).contains("Our lab tests ropes " + word);
        WebElement request = lead.findElement(By.xpath("//tr[.//span[contains(., 'MedTech Silesia')]]"));
        submit(lead, request.findElement(By.cssSelector("button[id$=':accept']")).getAttribute("id"));
        assertThat(text(lead, "messages")).contains("The partner is accepted");
        assertThat(text(lead, "consortiumForm:partners")).doesNotContain("Requested to join");

        // Anna gives MedTech Silesia 60 % of the budget.
        WebElement accepted = lead.findElement(By.xpath("//tr[.//span[contains(., 'MedTech Silesia')]]"));
        WebElement share = accepted.findElement(By.cssSelector("input[id$=':share_input']"));
        share.clear();
        share.sendKeys("60");
        submit(lead, accepted.findElement(By.cssSelector("button[id$=':saveShare']")).getAttribute("id"));
        assertThat(present(lead, "proposal-title")).as("the share is saved, not an error page").isTrue();
        assertThat(text(lead, "messages")).contains("Saved.");
        assertThat(text(lead, "proposal-total-share")).contains("60");

        // Both upload versions of the budget, and both see its whole history.
        lead.findElement(By.id("open-workspace")).click();
        waitFor(lead).until(ExpectedConditions.presenceOfElementLocated(By.id("workspace-title")));
        type(lead, "uploadForm:documentTitle", "Budget table");
        chooseFile(lead, TestFiles.write("budget-v1.pdf", TestFiles.pdf("Budget v1")));
        submit(lead, "uploadForm:upload");
        assertThat(text(lead, "workspace-documents")).contains("Budget table", "v1 · budget-v1.pdf", "Anna Wiśniewska");

        partner.get(page);
        partner.findElement(By.id("open-workspace")).click();
        waitFor(partner).until(ExpectedConditions.presenceOfElementLocated(By.id("workspace-title")));
        choose(partner, "uploadForm:document_input", "New version of: Budget table");
        chooseFile(partner, TestFiles.write("budget-v2.pdf", TestFiles.pdf("Budget v2")));
        submit(partner, "uploadForm:upload");
        assertThat(text(partner, "workspace-documents")).contains("v2 · budget-v2.pdf", "Tomasz Zieliński", "v1 · budget-v1.pdf");

        lead.navigate().refresh();
        waitForAjax(lead);
        String history = text(lead, "workspace-documents");
        assertThat(history.indexOf("v2 · budget-v2.pdf")).as("newest first").isLessThan(history.indexOf("v1 · budget-v1.pdf"));
        String download = lead.findElement(By.partialLinkText("v1 · budget-v1.pdf")).getAttribute("href");
        assertThat(get(download, lead).statusCode()).isEqualTo(200);

        // Submitted, then funded.
        lead.get(page);
        submit(lead, "statusForm:toIN_PREPARATION");
        submit(lead, "statusForm:toSUBMITTED");
        assertThat(text(lead, "proposal-status")).isEqualTo("Submitted");
        submit(lead, "statusForm:toFUNDED");
        assertThat(text(lead, "proposal-status")).isEqualTo("Funded");
        assertThat(present(lead, "statusForm")).as("the outcome is final").isFalse();

        // Somebody of no organisation: no workspace, no file, whatever they type.
        TestAccount account = newAccount("proposals", "Jan", "Obcy");
        WebDriver outsider = browser();
        logIn(outsider, account.username(), account.password());
        outsider.get(url("proposals/workspace.xhtml?id=" + id));
        assertThat(present(outsider, "error-404")).isTrue();
        assertThat(present(outsider, "workspace-title")).isFalse();
        assertThat(outsider.getPageSource()).doesNotContain(word);
        outsider.get(page);
        assertThat(present(outsider, "proposal-title")).isFalse();
        assertThat(get(download, outsider).statusCode()).isEqualTo(404);
        assertThat(get(download, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theLeadInvitesByTypingANameAndTheConsortiumWorksOnAPhoneAsOnADesktop() throws Exception {
        String word = "rope" + UUID.randomUUID().toString().substring(0, 8);
        WebDriver lead = browser();
        logIn(lead, DemoAccount.MEMBER);
        lead.get(url("proposals/edit.xhtml"));
        type(lead, "proposalForm:title", "Rope inspection robots " + word);
        type(lead, "proposalForm:programme", "Horizon Europe");
        type(lead, "proposalForm:deadline_input",
                LocalDateTime.now().plusMonths(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        type(lead, "proposalForm:summary", "Robots that climb hoist ropes and find broken wires.");
        lead.findElements(By.cssSelector("#proposalForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        submit(lead, "proposalForm:save");
        String page = lead.getCurrentUrl();
        String id = page.replaceAll(".*[?&]id=(\\d+).*", "$1");

        // The organisation is found by typing part of its name (on a phone here): no list of every organisation on the page.
        Path folder = Files.createDirectories(Path.of(System.getProperty("portal.basedir", "."), "target/screenshots"));
        lead.manage().window().setSize(new Dimension(375, 800));
        WebElement typed = lead.findElement(By.id("inviteForm:inviteOrganisation_input"));
        ((JavascriptExecutor) lead).executeScript("arguments[0].scrollIntoView({block: 'center'});", typed);
        typed.sendKeys("politechnika");
        WebElement suggestion = waitFor(lead).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='inviteForm:inviteOrganisation_panel'] li[data-item-label='Politechnika Śląska']")));
        Files.write(folder.resolve("proposals-view-invite-375.png"), ((TakesScreenshot) lead).getScreenshotAs(OutputType.BYTES));
        suggestion.click();
        lead.manage().window().setSize(new Dimension(1280, 900));
        choose(lead, "inviteForm:inviteRole_input", "End user");
        type(lead, "inviteForm:inviteMessage", "Test our robots in your lab " + word);
        submit(lead, "inviteForm:invite");
        assertThat(text(lead, "messages")).contains("The invitation was sent");
        assertThat(text(lead, "consortiumForm:partners")).contains("Politechnika Śląska", "Invited");

        // The discussion still answers on a page that takes its id from the address.
        type(lead, "discussionForm:newComment", "Who brings the test rope? " + word);
        lead.findElement(By.id("discussionForm:addComment")).click();
        waitForAjax(lead);
        assertThat(text(lead, "comments")).contains("Who brings the test rope? " + word);

        lead.get(url("proposals/workspace.xhtml?id=" + id));
        type(lead, "checklistForm:itemTitle", "Letter of support " + word);
        choose(lead, "checklistForm:itemOwner_input", "Anna Wiśniewska");
        submit(lead, "checklistForm:addItem");
        assertThat(text(lead, "messages")).contains("Added to the checklist");
        assertThat(lead.findElements(By.cssSelector(".ui-messages li"))).as("said once, not again under the discussion")
                .hasSize(1);
        assertThat(text(lead, "workspace-checklist")).contains("Letter of support " + word, "Anna Wiśniewska");
        submit(lead, lead.findElement(By.cssSelector("[id^='itemsForm:'][id$=':toggle']")).getAttribute("id"));
        assertThat(lead.findElements(By.cssSelector("li.checklist-item.done"))).hasSize(1);
        type(lead, "messageForm:message", "The letter is signed " + word);
        submit(lead, "messageForm:send");
        assertThat(text(lead, "messages")).contains("The message was sent to the consortium");

        for (int width : new int[] { 375, 1440 }) {
            for (String shown : List.of("proposals/view.xhtml?id=" + id, "proposals/workspace.xhtml?id=" + id)) {
                lead.manage().window().setSize(new Dimension(width, 1000));
                lead.get(url(shown));
                waitForAjax(lead);
                Object overflow = ((JavascriptExecutor) lead).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as(shown + " at " + width + " px is wider than the screen").isLessThanOrEqualTo(0);
                long height = (Long) ((JavascriptExecutor) lead).executeScript("return document.documentElement.scrollHeight;");
                lead.manage().window().setSize(new Dimension(width, (int) Math.max(1000, height)));
                String name = shown.replaceAll("\\?.*", "").replace('/', '-').replace(".xhtml", "");
                Files.write(folder.resolve(name + "-" + width + ".png"), ((TakesScreenshot) lead).getScreenshotAs(OutputType.BYTES));
            }
        }
    }

    @Test
    void aPostbackOfOnesOwnProposalsEditorNamingAnotherIsRefusedBeforeTheServiceAndAuditedOnce() {
        // Demo data (V10_1): the member's company leads proposal 710; member2's leads 711, which she may not change.
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("proposals/edit.xhtml?id=711"));
        assertThat(present(member, "error-404")).as("not hers to change").isTrue();
        member.get(url("proposals/edit.xhtml?id=710"));
        String title = member.findElement(By.id("proposalForm:title")).getAttribute("value");

        // Her editor's save, posted with the other proposal's id (as a replayed request would).
        type(member, "proposalForm:title", "Przejęty projekt");
        submitNaming(member, "proposalForm", "711", "proposalForm:save");
        assertThat(present(member, "error-403")).isTrue();
        member.get(url("proposals/edit.xhtml?id=710"));
        assertThat(member.findElement(By.id("proposalForm:title")).getAttribute("value")).as("hers is unchanged too").isEqualTo(title);

        // Refused by the page, before the service, and audited once.
        List<String> refusals = auditRows("Wiśniewska", "Proposal 711");
        assertThat(refusals).singleElement().asString().contains("Access denied", "posted from the editor of proposal 710");
    }

    private void chooseFile(WebDriver browser, Path file) {
        browser.findElement(By.cssSelector("[id='uploadForm:file'] input[type='file']")).sendKeys(file.toString());
    }

    /** Fetches a URL as the browser's session would (its session cookie), or as a visitor when there is none. */
    private HttpResponse<byte[]> get(String address, WebDriver session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).GET();
        if (session != null) {
            Cookie cookie = session.manage().getCookieNamed("JSESSIONID");
            request.header("Cookie", "JSESSIONID=" + cookie.getValue());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.TestFiles;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Offers in the browser: a member writes a draft for agreement 1 and publishes it, a participant of agreement
 * 1 finds it by a word of its description and by its owner and sends interest, a person of no organisation and a visitor neither
 * find nor open it, the owner moves the interest to "agreement reached" and the participant sees it. An offer to
 * the National Cluster Network waits for review and its coordinator returns it. Offers are withdrawn (or left as
 * drafts) at the end, so the demo data's lists stay as other tests expect them.
 */
class OffersIT extends BrowserTest {

    private static final String AGREEMENT_1 = "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP";
    /** Reviews offers in the demo data (V8_1); the coordinator coordinates it. */
    private static final String AGREEMENT_REVIEWING = "Krajowa Sieć Klastrów";
    /** A signatory of agreement 1 (V2_1): its member organisations take part in the agreement. */
    private static final String PIKMED = "Polski Innowacyjny Klaster Medyczny PIKMED";


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aMemberPublishesAnOfferThatOnlyParticipantsOfItsAgreementFind() {
        String word = "hydro" + UUID.randomUUID().toString().substring(0, 8);
        // One long unbroken word: it must wrap on a phone, not widen the page (issue 14, defect 6).
        String title = "Hydrogen storage tanks " + word + " Wasserstoffspeicherbehälterprüfstandsanlagengenehmigungsverfahren";

        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("offers/edit.xhtml"));
        // Field messages first: nothing typed, the form says what is missing and stays.
        submit(member, "offerForm:save");
        assertThat(text(member, "offerForm:titleMessage")).isNotBlank();
        assertThat(text(member, "offerForm:summaryMessage")).isNotBlank();

        type(member, "offerForm:title", title);
        type(member, "offerForm:summary", "Composite tanks for hydrogen buses, tested in mining.");
        type(member, "offerForm:keywords", "hydrogen, composite");
        String descriptionWord = "desc" + UUID.randomUUID().toString().substring(0, 8);
        member.findElement(By.cssSelector("#offerForm\\:description .ql-editor")).sendKeys("Tested for 2000 hours " + descriptionWord);
        choose(member, "offerForm:category_input", "Technology");
        member.findElements(By.cssSelector("#offerForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        submit(member, "offerForm:save");
        assertThat(text(member, "offer-title")).isEqualTo(title);
        assertThat(text(member, "offer-status")).isEqualTo("Draft");
        String page = member.getCurrentUrl();

        // The draft changed again: the edit page reads it anew and saves the version it showed.
        member.findElement(By.id("edit-offer")).click();
        waitFor(member).until(ExpectedConditions.presenceOfElementLocated(By.id("offerForm:summary")));
        type(member, "offerForm:summary", "Composite tanks for hydrogen buses, tested in mining at 350 bar.");
        submit(member, "offerForm:save");
        assertThat(text(member, "offer-title")).isEqualTo(title);
        assertThat(text(member, "offer-summary")).contains("350 bar");

        submit(member, "offerActions:publish");
        assertThat(text(member, "offer-status")).isEqualTo("Published");
        assertThat(messagesSaying(member, "published")).as("one message at the top, not one per section")
                .singleElement().satisfies(message -> assertThat(message.getText()).isEqualTo("The offer is published."));
        try {
            WebDriver participant = browser();
            logIn(participant, DemoAccount.MEMBER2);
            participant.manage().window().setSize(new Dimension(375, 900));
            participant.get(url(""));
            assertThat(participant.findElement(By.id("panel-new-offers")).getText()).as("new in her agreements").contains(word);
            assertThat(((Number) ((JavascriptExecutor) participant).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue())
                    .as("the home page at 375 px with a long word in a title").isLessThanOrEqualTo(0);
            participant.manage().window().setSize(new Dimension(1280, 1000));
            participant.get(url("offers/index.xhtml"));
            type(participant, "offersForm:words", descriptionWord);
            waitFor(participant).until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
            // The owner is picked by name as it is typed: its own organisation keeps it, another one hides it.
            pickOwner(participant, "Jastrzębie Innovation", "Jastrzębie Innovation Labs sp. z o.o.");
            assertThat(participant.findElements(By.linkText(title))).as("its owner chosen").hasSize(1);
            pickOwner(participant, "MedTech", "MedTech Silesia sp. z o.o.");
            assertThat(participant.findElements(By.linkText(title))).as("another owner chosen").isEmpty();
            pickOwner(participant, "Jastrzębie Innovation", "Jastrzębie Innovation Labs sp. z o.o.");
            WebElement found = waitFor(participant).until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
            found.click();
            waitFor(participant).until(ExpectedConditions.presenceOfElementLocated(By.id("offer-title")));
            assertThat(text(participant, "offer-title")).isEqualTo(title);
            assertThat(present(participant, "offerActions:withdraw")).isFalse();
            assertThat(text(participant, "offer-description-text")).contains(descriptionWord);

            choose(participant, "interestForm:cooperation_input", "Technical cooperation");
            type(participant, "interestForm:message", "We would test the tanks on our buses.");
            submit(participant, "interestForm:send");
            assertThat(text(participant, "my-interest-state")).isEqualTo("New");
            assertThat(present(participant, "interestForm:send")).as("one interest per person").isFalse();

            member.get(page);
            assertThat(text(member, "interest-state-0")).isEqualTo("New");
            choose(member, "interestsForm:interests:0:nextState_input", "Agreement reached");
            type(member, "interestsForm:interests:0:notes", "Contract signed");
            submit(member, "interestsForm:interests:0:move");
            assertThat(text(member, "interest-state-0")).isEqualTo("Agreement reached");
            assertThat(member.findElements(By.cssSelector(".ui-messages li"))).as("the move said once").hasSize(1);
            participant.navigate().refresh();
            assertThat(text(participant, "my-interest-state")).isEqualTo("Agreement reached");
            assertThat(text(participant, "my-interest-notes")).isEqualTo("Contract signed");

            TestAccount account = newAccount("offers", "Jan", "Obcy");
            WebDriver outsider = browser();
            logIn(outsider, account.username(), account.password());
            outsider.get(url("offers/index.xhtml"));
            assertThat(outsider.getPageSource()).doesNotContain(word);
            outsider.get(page);
            assertThat(present(outsider, "offer-title")).isFalse();
            assertThat(outsider.getPageSource()).doesNotContain(word);

            WebDriver visitor = browser();
            visitor.get(page);
            assertThat(present(visitor, "offer-title")).isFalse();
            assertThat(visitor.getPageSource()).doesNotContain(word);
        }
        finally {
            member.get(page);
            submit(member, "offerActions:withdraw");
        }
        assertThat(text(member, "offer-status")).isEqualTo("Withdrawn");
    }

    @Test
    void aPostbackOfOnesOwnOfferNamingAnotherOfferIsRefusedBeforeTheServiceAndAuditedOnce() {
        // Demo data (V8_1): 801 is the member's organisation's, 802 another's; both published, both visible to her.
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("offers/view.xhtml?id=802"));
        assertThat(present(member, "offerActions:renew")).as("not hers to renew").isFalse();
        member.get(url("offers/view.xhtml?id=801"));
        String before = text(member, "offer-summary");

        // The renew button of her own offer, posted with the other offer's id (as a replayed request would).
        submitNaming(member, "offerActions", "802", "offerActions:renew");
        assertThat(present(member, "error-403")).isTrue();
        member.get(url("offers/view.xhtml?id=801"));
        assertThat(text(member, "offer-summary")).as("her own offer is not renewed either").isEqualTo(before);

        // Refused by the page (not by the renewal's service check, which would have said "Offer 802" alone), once.
        List<String> refusals = auditRows("Wiśniewska", "Offer 802");
        assertThat(refusals).singleElement().asString().contains("Access denied", "posted from the page of offer 801");
    }

    /** The messages shown anywhere on the page (every p:messages) that contain the words. */
    private static List<WebElement> messagesSaying(WebDriver browser, String words) {
        return browser.findElements(By.cssSelector(".ui-messages li")).stream()
                .filter(message -> message.getText().contains(words)).toList();
    }

    private void pickOwner(WebDriver browser, String typed, String name) {
        type(browser, "offersForm:organisation_input", typed);
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='offersForm:organisation_panel']//li[normalize-space(.)='" + name + "']"))).click();
        waitForAjax(browser);
        assertThat(browser.findElement(By.id("offersForm:organisation_input")).getAttribute("value")).isEqualTo(name);
    }

    @Test
    void theOwnerAttachesADocumentToADraftAndRemovesItAgain() {
        String title = "Attachment check " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("offers/edit.xhtml"));
        type(member, "offerForm:title", title);
        type(member, "offerForm:summary", "A draft that carries a document for a while.");
        choose(member, "offerForm:category_input", "Technology");
        member.findElements(By.cssSelector("#offerForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        submit(member, "offerForm:save");
        assertThat(text(member, "offer-title")).isEqualTo(title);

        member.findElement(By.cssSelector("[id='attachmentForm:file'] input[type='file']"))
                .sendKeys(TestFiles.write("datasheet.pdf", TestFiles.pdf("Tank datasheet")).toString());
        submit(member, "attachmentForm:attach");

        assertThat(text(member, "attachment-download-0")).contains("datasheet.pdf");
        submit(member, member.findElement(By.cssSelector("#offer-attachments button[id$=':detach']")).getAttribute("id"));
        assertThat(present(member, "attachment-download-0")).isFalse();
        assertThat(text(member, "offer-title")).isEqualTo(title);
    }

    @Test
    void aCoordinatorReturnsAnOfferInReviewWithAComment() {
        String title = "Vibration diagnostics " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("offers/edit.xhtml"));
        type(member, "offerForm:title", title);
        type(member, "offerForm:summary", "Diagnostics of mining conveyors.");
        choose(member, "offerForm:category_input", "Service");
        member.findElements(By.cssSelector("#offerForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_REVIEWING))
                .findFirst().orElseThrow().click();
        submit(member, "offerForm:save");
        submit(member, "offerActions:publish");
        assertThat(text(member, "offer-status")).isEqualTo("In review");
        assertThat(text(member, "messages")).as("says which happened").contains("The offer is sent for review")
                .doesNotContain("published,");
        String page = member.getCurrentUrl();

        WebDriver coordinator = browser();
        logIn(coordinator, DemoAccount.COORDINATOR);
        coordinator.get(url("offers/review.xhtml"));
        coordinator.findElement(By.linkText(title)).click();
        waitFor(coordinator).until(ExpectedConditions.presenceOfElementLocated(By.id("reviewForm:return")));
        submit(coordinator, "reviewForm:return");
        assertThat(text(coordinator, "reviewForm:commentMessage")).as("a return says why").isNotBlank();
        type(coordinator, "reviewForm:comment", "Name the price range, please.");
        submit(coordinator, "reviewForm:return");
        assertThat(coordinator.getCurrentUrl()).contains("offers/review.xhtml");
        assertThat(coordinator.findElements(By.linkText(title))).isEmpty();

        member.get(page);
        assertThat(text(member, "offer-status")).isEqualTo("Draft");
        assertThat(text(member, "offer-review-comment")).contains("Name the price range, please.");
    }

    @Test
    void aCoProviderConfirmsAJointOfferAndOnlyThenIsNamedAmongItsProviders() {
        // The co-provider's administrator: a newcomer proposes their company as a member of PIKMED, so it takes
        // part in agreement 1, and becomes its administrator once the admin approves it.
        TestAccount account = newAccount("coprovider", "Ewa", "Wspólna");
        String company = "Wspólne Laboratorium " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver coProvider = browser();
        logIn(coProvider, account.username(), account.password());
        coProvider.get(url("organisations/edit.xhtml"));
        type(coProvider, "organisationForm:name", company);
        choose(coProvider, "organisationForm:kind_input", "Company");
        type(coProvider, "organisationForm:city", "Zabrze");
        pick(coProvider, "organisationForm:clusters", "PIKMED", PIKMED);
        assertThat(text(coProvider, "organisationForm:clusters")).contains(PIKMED);
        submit(coProvider, "organisationForm:save");
        assertThat(text(coProvider, "organisation-name")).isEqualTo(company);

        WebDriver admin = browser();
        logIn(admin, DemoAccount.ADMIN);
        admin.get(url("organisations/approvals.xhtml"));
        WebElement approve = admin.findElement(By.xpath("//article[.//a[normalize-space()='" + company
                + "']]//button[contains(@id, 'approveOrganisation')]"));
        approve.click();
        waitUntilGone(admin, approve);
        waitForAjax(admin);
        assertThat(text(admin, "messages")).contains("approved");

        // The demo member's company names it as co-provider of a joint offer to agreement 1.
        String title = "Joint sensor trials " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("offers/edit.xhtml"));
        type(member, "offerForm:title", title);
        type(member, "offerForm:summary", "Sensor trials run together with a partner laboratory.");
        choose(member, "offerForm:category_input", "Technology");
        member.findElements(By.cssSelector("#offerForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        // Named on the new offer's form, before any draft exists.
        pick(member, "offerForm:coProviders", company, company);
        submit(member, "offerForm:save");
        submit(member, "offerActions:publish");
        assertThat(text(member, "offer-status")).isEqualTo("Published");
        String page = member.getCurrentUrl();
        try {
            assertThat(text(member, "offer-coproviders")).contains(company, "Waiting for confirmation");
            assertThat(text(member, "offer-providers")).doesNotContain(company);
            WebDriver participant = browser();
            logIn(participant, DemoAccount.MEMBER2);
            participant.get(page);
            assertThat(text(participant, "offer-providers")).contains("Jastrzębie Innovation Labs").doesNotContain(company);

            coProvider.get(page);
            assertThat(text(coProvider, "offer-title")).isEqualTo(title);
            submit(coProvider, coProvider.findElement(By.cssSelector("#offer-coproviders button[id$=':confirm']")).getAttribute("id"));
            assertThat(text(coProvider, "messages")).contains("Your organisation is named as a provider of the offer.");
            assertThat(text(coProvider, "coprovider-answer-0")).isEqualTo("Confirmed");
            assertThat(present(coProvider, "offerActions:withdraw")).as("confirming does not make it theirs to edit").isFalse();

            participant.navigate().refresh();
            assertThat(text(participant, "offer-providers")).contains("Jastrzębie Innovation Labs", company);
            member.get(page);
            assertThat(text(member, "offer-providers")).contains(company);
            assertThat(text(member, "coprovider-answer-0")).isEqualTo("Confirmed");
        }
        finally {
            member.get(page);
            submit(member, "offerActions:withdraw");
        }
        assertThat(text(member, "offer-status")).isEqualTo("Withdrawn");
    }
}

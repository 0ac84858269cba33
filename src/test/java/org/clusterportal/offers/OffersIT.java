package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.clusterportal.testing.BrowserTest;
import org.clusterportal.testing.DemoAccount;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Offers in the browser: a member writes a draft for agreement 1 and publishes it, a participant of agreement
 * 1 finds it by a word, a person of no organisation and a visitor neither find nor open it. The offer is
 * withdrawn at the end, so the demo data's lists stay as other tests expect them.
 */
class OffersIT extends BrowserTest {

    private static final String AGREEMENT_1 = "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP";


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aMemberPublishesAnOfferThatOnlyParticipantsOfItsAgreementFind() {
        String word = "hydro" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Hydrogen storage tanks " + word;

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
        choose(member, "offerForm:category_input", "Technology");
        member.findElements(By.cssSelector("#offerForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        submit(member, "offerForm:save");
        assertThat(text(member, "offer-title")).isEqualTo(title);
        assertThat(text(member, "offer-status")).isEqualTo("Draft");
        String page = member.getCurrentUrl();

        submit(member, "offerActions:publish");
        assertThat(text(member, "offer-status")).isEqualTo("Published");
        try {
            WebDriver participant = browser();
            logIn(participant, DemoAccount.MEMBER2);
            participant.get(url("offers/index.xhtml"));
            type(participant, "offersForm:words", word);
            WebElement found = waitFor(participant).until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
            found.click();
            waitFor(participant).until(ExpectedConditions.presenceOfElementLocated(By.id("offer-title")));
            assertThat(text(participant, "offer-title")).isEqualTo(title);
            assertThat(present(participant, "offerActions:withdraw")).isFalse();

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
}

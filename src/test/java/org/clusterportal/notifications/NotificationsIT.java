package org.clusterportal.notifications;

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
 * Notifications and discussions in the browser: the bell of an organisation's administrator counts a request to
 * join and falls when it is read; a comment on an offer appears for another participant, with its link
 * clickable and its markup shown as text, and someone outside the offer's agreement sees neither.
 */
class NotificationsIT extends BrowserTest {

    /** Jastrzębie Innovation Labs, administered by the demo member. */
    private static final long MEMBERS_COMPANY = 21;
    private static final String AGREEMENT_1 = "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theBellCountsARequestToJoinAndFallsWhenItIsRead() {
        WebDriver administrator = browser();
        logIn(administrator, DemoAccount.MEMBER);
        int before = bell(administrator);

        String lastName = "Dzwonek" + UUID.randomUUID().toString().substring(0, 4);
        TestAccount account = newAccount("bell", "Olga", lastName);
        WebDriver newcomer = browser("pl-PL");
        logIn(newcomer, account.username(), account.password());
        newcomer.get(url("organisations/view.xhtml?id=" + MEMBERS_COMPANY));
        type(newcomer, "joinForm:message", "Chcę dołączyć.");
        submit(newcomer, "joinForm:requestMembership");
        assertThat(present(newcomer, "membership-pending")).isTrue();

        administrator.get(url(""));
        assertThat(bell(administrator)).isEqualTo(before + 1);
        administrator.findElement(By.id("bell")).click();
        WebElement newest = waitFor(administrator).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#notificationsForm\\:notifications tbody tr")));
        assertThat(newest.getText()).contains("Someone asks to join Jastrzębie Innovation Labs", "Chcę dołączyć.");
        assertThat(newest.getAttribute("class")).contains("notification-unread");

        WebElement open = newest.findElement(By.cssSelector("a.notification-link"));
        open.click();
        waitUntilGone(administrator, open);
        assertThat(administrator.getCurrentUrl()).contains("organisations/view.xhtml?id=" + MEMBERS_COMPANY);
        assertThat(bell(administrator)).isEqualTo(before);

        // The request is declined, which the newcomer hears of under their own bell.
        WebElement decline = administrator.findElement(By.xpath("//ul[@id='membership-requests']/li[contains(., '"
                + lastName + "')]//button[contains(@id, 'declineRequest')]"));
        decline.click();
        waitUntilGone(administrator, decline);
        newcomer.get(url("notifications/index.xhtml"));
        assertThat(bell(newcomer)).isEqualTo(1);
        assertThat(text(newcomer, "notificationsForm:notifications")).contains("Twoja prośba o dołączenie do organizacji", "została odrzucona");
        // Marked read by ajax: the badge falls in the same answer, without a reload.
        newcomer.findElement(By.cssSelector("button[id$=':markRead']")).click();
        waitForAjax(newcomer);
        assertThat(bell(newcomer)).isZero();
        assertThat(present(newcomer, "notificationsForm:markAllRead")).as("nothing left to mark").isFalse();
        newcomer.navigate().refresh();
        assertThat(bell(newcomer)).isZero();
    }

    @Test
    void aCommentOnAnOfferAppearsForAnotherParticipantAndNotForAnOutsider() {
        String title = "Discussed offer " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("offers/edit.xhtml"));
        type(member, "offerForm:title", title);
        type(member, "offerForm:summary", "Something to discuss.");
        choose(member, "offerForm:category_input", "Technology");
        member.findElements(By.cssSelector("#offerForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        submit(member, "offerForm:save");
        submit(member, "offerActions:publish");
        String page = member.getCurrentUrl();
        try {
            assertThat(present(member, "discussion-empty")).isTrue();
            int before = bell(member);

            WebDriver participant = browser("pl-PL");
            logIn(participant, DemoAccount.MEMBER2);
            participant.get(page);
            type(participant, "discussionForm:newComment", "Czy to działa <b>pod ziemią</b>? Zobacz https://example.org/spec.");
            participant.findElement(By.id("discussionForm:addComment")).click();
            waitForAjax(participant);
            assertThat(text(participant, "comments")).contains("Czy to działa <b>pod ziemią</b>?");

            member.get(page);
            WebElement comment = member.findElement(By.cssSelector("#comments .portal-comment"));
            assertThat(comment.getText()).contains(DemoAccount.MEMBER2.displayName(), "Czy to działa <b>pod ziemią</b>?");
            assertThat(comment.findElement(By.cssSelector(".portal-comment-body a")).getAttribute("href"))
                    .isEqualTo("https://example.org/spec");
            assertThat(comment.findElements(By.cssSelector(".portal-comment-body b"))).isEmpty();
            assertThat(bell(member)).as("the offer's contact is told").isEqualTo(before + 1);

            TestAccount account = newAccount("outsider", "Jan", "Obcy");
            WebDriver outsider = browser();
            logIn(outsider, account.username(), account.password());
            outsider.get(page);
            assertThat(present(outsider, "comments")).isFalse();
            assertThat(outsider.getPageSource()).doesNotContain("pod ziemią");
        }
        finally {
            member.get(page);
            submit(member, "offerActions:withdraw");
        }
    }

    @Test
    void theBellRisesWhenSomeoneExpressesInterestInAnOfferAndFallsWhenItIsRead() {
        String title = "Interesting offer " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver member = browser();
        logIn(member, DemoAccount.MEMBER);
        member.get(url("offers/edit.xhtml"));
        type(member, "offerForm:title", title);
        type(member, "offerForm:summary", "Calibration of gas sensors.");
        choose(member, "offerForm:category_input", "Service");
        member.findElements(By.cssSelector("#offerForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        submit(member, "offerForm:save");
        submit(member, "offerActions:publish");
        assertThat(text(member, "offer-status")).isEqualTo("Published");
        String page = member.getCurrentUrl();
        try {
            // Read first: the demo data (and other tests) may have left the member unread notifications.
            int before = bell(member);

            // MedTech Silesia takes part in agreement 1 through PIKMED.
            WebDriver participant = browser();
            logIn(participant, DemoAccount.MEMBER2);
            participant.get(page);
            choose(participant, "interestForm:cooperation_input", "Technical cooperation");
            type(participant, "interestForm:message", "We calibrate sensors for hospitals too.");
            submit(participant, "interestForm:send");
            assertThat(text(participant, "my-interest-state")).isEqualTo("New");

            member.get(url(""));
            assertThat(bell(member)).isEqualTo(before + 1);
            member.findElement(By.id("bell")).click();
            WebElement told = waitFor(member).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//*[@id='notificationsForm:notifications']//tbody/tr[contains(., '" + title + "')]")));
            assertThat(told.getText()).contains("Someone is interested in your offer “" + title + "”");
            assertThat(told.getAttribute("class")).contains("notification-unread");

            WebElement open = told.findElement(By.cssSelector("a.notification-link"));
            open.click();
            waitUntilGone(member, open);
            waitForAjax(member);
            assertThat(text(member, "offer-title")).isEqualTo(title);
            assertThat(member.findElement(By.id("interestsForm:interests")).getText())
                    .contains(DemoAccount.MEMBER2.displayName(), "We calibrate sensors for hospitals too.");
            assertThat(bell(member)).isEqualTo(before);
        }
        finally {
            member.get(page);
            submit(member, "offerActions:withdraw");
        }
    }

    private int bell(WebDriver browser) {
        return Integer.parseInt(text(browser, "bell-count"));
    }
}

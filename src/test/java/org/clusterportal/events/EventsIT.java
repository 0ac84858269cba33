package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * Events in the browser: the demo coordinator (of the OKIP agreement) organises a training with two seats and a
 * question; three new people of a participating company register, the third waits; when one cancels, the third
 * has the seat. A person of no participating organisation neither finds the event nor its online link.
 */
class EventsIT extends BrowserTest {

    private static final String AGREEMENT_1 = "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP";
    /** Jastrzębie Innovation Labs, in Jastrzębski Klaster Innowacji (a signatory of the OKIP agreement); `member` administers it. */
    private static final String PARTICIPATING_COMPANY = "organisations/view.xhtml?id=21";
    private static final String LINK = "https://meet.example.org/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aMemberWhoCoordinatesNoAgreementIsRefusedTheNewEventForm() {
        WebDriver outsider = browser();
        logIn(outsider, DemoAccount.MEMBER2);

        outsider.get(url("events/edit.xhtml"));

        assertThat(present(outsider, "error-403")).isTrue();
        assertThat(present(outsider, "eventForm:title")).isFalse();
    }

    @Test
    void theThirdWaitsAndHasTheSeatWhenSomeoneCancels() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String title = "Szkolenie z cięcia laserowego " + word;
        String link = LINK + word;

        // The coordinator writes the training and publishes it.
        WebDriver coordinator = browser();
        logIn(coordinator, DemoAccount.COORDINATOR);
        coordinator.get(url("events/edit.xhtml"));
        type(coordinator, "eventForm:title", title);
        choose(coordinator, "eventForm:type_input", "Training");
        type(coordinator, "eventForm:place", "Jastrzębie-Zdrój, Hotel Dąbrówka");
        type(coordinator, "eventForm:onlineLink", link);
        type(coordinator, "eventForm:capacity_input", "2");
        coordinator.findElements(By.cssSelector("#eventForm\\:agreements label")).stream()
                .filter(label -> label.getText().trim().equals(AGREEMENT_1))
                .findFirst().orElseThrow().click();
        coordinator.findElement(By.id("eventForm:addQuestion")).click();
        waitForAjax(coordinator);
        WebElement question = waitFor(coordinator).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$=':0:questionLabel']")));
        question.sendKeys("Which company do you work for?");
        submit(coordinator, "eventForm:save");
        assertThat(text(coordinator, "event-title")).isEqualTo(title);
        assertThat(text(coordinator, "event-status")).isEqualTo("Draft");
        submit(coordinator, "eventActions:publish");
        assertThat(text(coordinator, "event-status")).isEqualTo("Published");
        assertThat(messages(coordinator)).as("the publication said once").hasSize(1);
        assertThat(text(coordinator, "event-seats")).contains("2 of 2");
        String page = coordinator.getCurrentUrl();

        // Three people of a participating company: they ask to join it, its administrator accepts.
        List<WebDriver> people = new ArrayList<>();
        for (String name : List.of("Alicja", "Bartosz", "Celina")) {
            TestAccount account = newAccount("events", name, "Uczestnik");
            WebDriver person = browser();
            logIn(person, account.username(), account.password());
            person.get(url(PARTICIPATING_COMPANY));
            type(person, "joinForm:message", "Zapis na szkolenie");
            submit(person, "joinForm:requestMembership");
            assertThat(present(person, "membership-pending")).isTrue();
            people.add(person);
        }
        WebDriver administrator = browser();
        logIn(administrator, DemoAccount.MEMBER);
        for (String name : List.of("Alicja", "Bartosz", "Celina")) {
            administrator.get(url(PARTICIPATING_COMPANY));
            // Only this test's requests: the demo data has another one waiting.
            WebElement accept = administrator.findElement(By.xpath(
                    "//ul[@id='membership-requests']/li[strong[normalize-space()='" + name + " Uczestnik']]//button[contains(@id, 'approveRequest')]"));
            accept.click();
            waitUntilGone(administrator, accept);
            assertThat(messages(administrator)).as("the approval said once").hasSize(1);
        }

        List<String> states = new ArrayList<>();
        for (WebDriver person : people) {
            person.get(page);
            assertThat(present(person, "online-link")).as("no link before a seat").isFalse();
            assertThat(person.findElements(By.cssSelector("[id$=':0:answer']"))).as("the question, on %s", person.findElement(By.tagName("main")).getText())
                    .hasSize(1);
            person.findElement(By.cssSelector("[id$=':0:answer']")).sendKeys("Jastrzębie Innovation Labs");
            submit(person, "registerForm:register");
            states.add(text(person, "registration-state"));
            assertThat(messages(person)).as("the registration said once").hasSize(1);
        }
        assertThat(states).containsExactly("Confirmed", "Confirmed", "Waiting list");
        assertThat(text(people.get(0), "online-link")).isEqualTo(link);
        assertThat(text(people.get(2), "registrationActions:waiting-position")).contains("number 1");
        assertThat(people.get(2).getPageSource()).doesNotContain(link);

        // The first cancels: the third has the seat.
        submit(people.get(0), "registrationActions:cancelRegistration");
        assertThat(present(people.get(0), "registration-state")).isFalse();
        assertThat(messages(people.get(0))).as("the cancellation said once").hasSize(1);
        people.get(2).get(page);
        assertThat(text(people.get(2), "registration-state")).isEqualTo("Confirmed");
        assertThat(text(people.get(2), "online-link")).isEqualTo(link);

        coordinator.get(url("events/registrations.xhtml?" + page.substring(page.indexOf("id="))));
        assertThat(text(coordinator, "registrationsForm:registrations")).contains("Alicja Uczestnik", "Bartosz Uczestnik", "Celina Uczestnik",
                "Jastrzębie Innovation Labs", "Cancelled");
        // A message to the participants (answered by ajax): said once, at the top of the page.
        type(coordinator, "messageForm:text", "Proszę zabrać laptopy.");
        coordinator.findElement(By.id("messageForm:send")).click();
        waitForAjax(coordinator);
        assertThat(messages(coordinator)).as("the sending said once").hasSize(1);
        // A decision on a registration (by ajax): said once, in place of the message before it.
        coordinator.findElement(By.cssSelector("[id^='registrationsForm:registrations:'][id$=':toWaitingList']")).click();
        waitForAjax(coordinator);
        assertThat(messages(coordinator)).as("the move said once").singleElement()
                .satisfies(message -> assertThat(message.getText()).contains("on the waiting list"));

        // Someone of no participating organisation: not in the list, not by its address, no link anywhere.
        TestAccount stranger = newAccount("events", "Jan", "Obcy");
        WebDriver outsider = browser();
        logIn(outsider, stranger.username(), stranger.password());
        outsider.get(url("events/index.xhtml"));
        assertThat(outsider.getPageSource()).doesNotContain(word);
        outsider.get(page);
        assertThat(present(outsider, "error-404")).isTrue();
        assertThat(outsider.getPageSource()).doesNotContain(word).doesNotContain(link);
        outsider.get(url("events/event.ics?" + page.substring(page.indexOf("id="))));
        assertThat(outsider.getPageSource()).doesNotContain(word).doesNotContain(link);
    }

    /** The messages shown anywhere on the page (every p:messages). */
    private static List<WebElement> messages(WebDriver browser) {
        return browser.findElements(By.cssSelector(".ui-messages li"));
    }
}

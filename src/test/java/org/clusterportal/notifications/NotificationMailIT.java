package org.clusterportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.organisations.MembershipService;
import org.clusterportal.people.Person;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * E-mail end to end, in the server, against a real SMTP server (GreenMail, on the port the test server's mail
 * session is configured with): the message for a notice in the recipient's language with the right links, nothing
 * for a change that rolls back, nothing lost and nothing doubled while the SMTP server is away, and a day's
 * notifications in one digest. The outbox sender runs on its own timer (every second in the tests).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    private Event<Notice> notices;

    @Inject
    private MembershipService membershipService;

    @Inject
    private OutboxSender sender;

    @Inject
    private NotificationService notificationService;

    @Inject
    private Outbox outbox;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private GreenMail smtp;
    private Organisation organisation;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addAsLibrary(jarOf(GreenMail.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startSmtpAndMakeAnOrganisation() throws Exception {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("portal.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        transaction.begin();
        organisation = new Organisation("Mail Lab " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Gliwice");
        entityManager.persist(organisation);
        transaction.commit();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theEmailForARequestToJoinArrivesInEachAdministratorsLanguageWithTheRightLinks() throws Exception {
        Person polish = administrator("pl");
        Person english = administrator("en");
        Person requester = person("pl");

        transaction.begin();
        membershipService.request(new Viewer(requester.getId(), false), organisation.getId(), "Chcę dołączyć <b>teraz</b>.");
        transaction.commit();

        MimeMessage toPolish = awaitOne(polish);
        MimeMessage toEnglish = awaitOne(english);
        String link = "http://127.0.0.1:8280/organisations/view.xhtml?id=" + organisation.getId();
        assertThat(toPolish.getSubject()).contains("Prośba o dołączenie do organizacji " + organisation.getName());
        assertThat(toEnglish.getSubject()).contains("Someone asks to join " + organisation.getName());
        assertThat(part(toPolish, "text/plain")).contains(link, "Otwórz w portalu", "Chcę dołączyć <b>teraz</b>.",
                "http://127.0.0.1:8280/notifications/settings.xhtml?token=");
        assertThat(part(toPolish, "text/html")).contains("href=\"" + link + "\"", "Chcę dołączyć &lt;b&gt;teraz&lt;/b&gt;.")
                .doesNotContain(Letters.SETTINGS_URL);
        assertThat(part(toEnglish, "text/plain")).contains(link, "Open in the portal");
        assertThat(messagesTo(requester)).as("the requester is not told of their own request").isEmpty();

        OutboxMessage row = entityManager.createQuery(
                "select m from OutboxMessage m where m.recipient.id = :person", OutboxMessage.class)
                .setParameter("person", polish.getId()).getSingleResult();
        assertThat(row.getStatus()).isEqualTo(OutboxMessage.OutboxStatus.SENT);
        assertThat(toPolish.getMessageID()).isEqualTo(row.getMessageId());
        assertThat(notifications(polish)).hasSize(1);

        // The settings link works without logging in, and only with the person's own token.
        String settings = part(toEnglish, "text/plain").lines().filter(line -> line.contains("/notifications/settings.xhtml?token="))
                .findFirst().orElseThrow().replaceFirst(".*(http://\\S+).*", "$1");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(settings)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("settingsForm", english.getDisplayName());
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(settings.replaceFirst("token=.*", "token=forged"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
    }

    @Test
    void aNameWithLineBreaksArrivesAsASubjectOfOneLine() throws Exception {
        transaction.begin();
        organisation = new Organisation("Laboratorium " + UUID.randomUUID() + "\r\nBcc: victim@example.org\nX-Injected: 1",
                OrganisationKind.COMPANY, "PL", "Gliwice");
        entityManager.persist(organisation);
        transaction.commit();
        Person polish = administrator("pl");
        Person requester = person("pl");

        transaction.begin();
        membershipService.request(new Viewer(requester.getId(), false), organisation.getId(), "Proszę o przyjęcie.");
        transaction.commit();

        // The Polish subject is not ASCII: the mail library encodes it, line breaks included, and clients show them.
        MimeMessage message = awaitOne(polish);
        assertThat(message.getSubject()).doesNotContain("\r", "\n")
                .contains("Prośba o dołączenie do organizacji Laboratorium ")
                .endsWith(" Bcc: victim@example.org X-Injected: 1");
        assertThat(message.getHeader("X-Injected")).isNull();
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
    }

    @Test
    void aCoordinatorsMessageReachesEveryRecipientThroughTheOutbox() throws Exception {
        Person coordinator = person("pl");
        List<Person> participants = List.of(person("pl"), person("en"), person("en"));
        String text = "Spotkanie przeniesione do sali 2.\nProszę o potwierdzenie: https://example.org/rsvp";

        transaction.begin();
        notificationService.sendMessage(new Viewer(coordinator.getId(), false), NoticeKind.EVENT_MESSAGE, subject(),
                Set.of(participants.get(0).getId(), participants.get(1).getId(), participants.get(2).getId(), coordinator.getId()), text);
        transaction.commit();

        for (Person participant : participants) {
            MimeMessage message = awaitOne(participant);
            assertThat(part(message, "text/plain")).contains("Spotkanie przeniesione do sali 2.", "Test Reader");
            assertThat(part(message, "text/html")).contains("<a href=\"https://example.org/rsvp\"");
        }
        assertThat(messagesTo(participants.get(1)).get(0).getSubject()).contains("A message about the event");
        assertThat(messagesTo(coordinator)).as("the sender gets no copy").isEmpty();
    }

    @Test
    void aChangeThatRollsBackLeavesNoNotificationAndSendsNothing() throws Exception {
        Person administrator = administrator("en");
        Person requester = person("en");

        transaction.begin();
        membershipService.request(new Viewer(requester.getId(), false), organisation.getId(), null);
        assertThat(notifications(administrator)).as("inside the transaction").hasSize(1);
        transaction.rollback();

        assertThat(notifications(administrator)).isEmpty();
        assertThat(outboxRows(administrator)).isZero();
        sender.sendDue();
        // A later notice to the same person arrives alone: nothing of the rolled-back one was waiting.
        transaction.begin();
        notices.fire(new Notice(NoticeKind.MEMBERSHIP_APPROVED, Set.of(administrator.getId()), subject(), null));
        transaction.commit();
        awaitOne(administrator);
        assertThat(messagesTo(administrator)).hasSize(1);
        assertThat(messagesTo(administrator).get(0).getSubject()).contains("was approved");
    }

    @Test
    void withTheSmtpServerAwayMessagesWaitAndAllArriveOnceItIsBackNoneTwice() throws Exception {
        smtp.stop();
        List<Person> recipients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            recipients.add(person(i % 2 == 0 ? "pl" : "en"));
        }
        for (Person recipient : recipients) {
            transaction.begin();
            notices.fire(new Notice(NoticeKind.MEMBERSHIP_APPROVED, Set.of(recipient.getId()), subject(), null));
            transaction.commit();
        }
        // Every message was tried and refused, and waits for its next attempt.
        await(() -> recipients.stream().allMatch(recipient -> outboxRow(recipient).getAttempts() >= 1));
        for (Person recipient : recipients) {
            OutboxMessage row = outboxRow(recipient);
            assertThat(row.getStatus()).isEqualTo(OutboxMessage.OutboxStatus.PENDING);
            assertThat(row.getNextAttemptAt()).isAfter(Instant.now());
            assertThat(row.getLastError()).isNotBlank();
        }

        smtp = new GreenMail(new ServerSetup(Integer.getInteger("portal.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // As if the back-off had passed.
        transaction.begin();
        entityManager.createQuery("update OutboxMessage m set m.nextAttemptAt = :now where m.recipient.id in :people")
                .setParameter("now", Instant.now())
                .setParameter("people", recipients.stream().map(Person::getId).toList())
                .executeUpdate();
        transaction.commit();

        for (Person recipient : recipients) {
            awaitOne(recipient);
        }
        sender.sendDue();
        Set<String> ids = new HashSet<>();
        for (Person recipient : recipients) {
            List<MimeMessage> received = messagesTo(recipient);
            assertThat(received).as("messages to %s", recipient.getEmail()).hasSize(1);
            OutboxMessage row = outboxRow(recipient);
            assertThat(row.getStatus()).isEqualTo(OutboxMessage.OutboxStatus.SENT);
            assertThat(received.get(0).getMessageID()).isEqualTo(row.getMessageId());
            ids.add(row.getMessageId());
        }
        assertThat(ids).hasSize(5);
    }

    @Test
    void aMessageBeingClaimedByAnotherNodeIsSkippedNotSentTwice() throws Exception {
        List<Person> recipients = List.of(person("en"), person("en"), person("en"));
        Instant later = Instant.now().plus(Duration.ofHours(1));
        transaction.begin();
        notices.fire(new Notice(NoticeKind.MEMBERSHIP_APPROVED, Set.of(recipients.get(0).getId(), recipients.get(1).getId(),
                recipients.get(2).getId()), subject(), null));
        entityManager.flush();
        // Due only in an hour, so that this node's own timer leaves them to the test.
        entityManager.createQuery("update OutboxMessage m set m.nextAttemptAt = :later where m.recipient.id in :people")
                .setParameter("later", later)
                .setParameter("people", recipients.stream().map(Person::getId).toList())
                .executeUpdate();
        transaction.commit();
        long locked = outboxRow(recipients.get(0)).getId();

        // "Another node" holds the first row in its claim transaction while this one claims.
        transaction.begin();
        entityManager.createNativeQuery("select id from outbox_message where id = ?1 for update")
                .setParameter(1, locked).getResultList();
        List<Long> claimed = outbox.claimDue(50, later.plusSeconds(1)).stream().map(Outbox.Claimed::id).toList();
        transaction.rollback();

        assertThat(claimed).contains(outboxRow(recipients.get(1)).getId(), outboxRow(recipients.get(2)).getId())
                .doesNotContain(locked);
    }

    @Test
    void aDigestCollectsADaysNotificationsIntoOneMessage() throws Exception {
        Person reader = person("en");
        transaction.begin();
        NotificationPreferences preferences = new NotificationPreferences(entityManager.find(Person.class, reader.getId()));
        entityManager.persist(preferences);
        preferences.choose(Map.of(NoticeKind.MEMBERSHIP_APPROVED, Delivery.DAILY_DIGEST));
        transaction.commit();

        List<String> texts = List.of("First " + UUID.randomUUID(), "Second " + UUID.randomUUID(), "Third " + UUID.randomUUID());
        for (String text : texts) {
            transaction.begin();
            notices.fire(new Notice(NoticeKind.MEMBERSHIP_APPROVED, Set.of(reader.getId()), subject(), null, text));
            transaction.commit();
        }
        sender.sendDue();
        assertThat(outboxRows(reader)).as("nothing at once").isZero();

        sender.sendDigests(Notification.DigestState.DAILY);
        MimeMessage digest = awaitOne(reader);
        assertThat(digest.getSubject()).contains("Your daily digest: 3 notifications");
        assertThat(part(digest, "text/plain")).contains(texts.get(0), texts.get(1), texts.get(2),
                "/organisations/view.xhtml?id=" + organisation.getId());
        assertThat(notifications(reader)).allSatisfy(notification -> assertThat(notification.getDigestedAt()).isNotNull());

        sender.sendDigests(Notification.DigestState.DAILY);
        sender.sendDue();
        assertThat(messagesTo(reader)).as("the next digest has nothing new to send").hasSize(1);
    }

    private Subject subject() {
        return new Subject(SubjectType.ORGANISATION, organisation.getId(), organisation.getName());
    }

    private Person person(String language) throws Exception {
        transaction.begin();
        String id = UUID.randomUUID().toString();
        Person person = Person.firstLogin(new AccountClaims(id, "mail-" + id, "Test", "Reader",
                id.substring(0, 8) + "@mail.example.org", language), Instant.now());
        entityManager.persist(person);
        transaction.commit();
        return person;
    }

    private Person administrator(String language) throws Exception {
        Person person = person(language);
        transaction.begin();
        Membership membership = new Membership(entityManager.find(Person.class, person.getId()), entityManager.find(Organisation.class, organisation.getId()));
        membership.changeRole(MembershipRole.ADMINISTRATOR);
        entityManager.persist(membership);
        transaction.commit();
        return person;
    }

    private List<Notification> notifications(Person person) {
        return entityManager.createQuery("select n from Notification n where n.recipient.id = :person", Notification.class)
                .setParameter("person", person.getId()).getResultList();
    }

    private long outboxRows(Person person) {
        return entityManager.createQuery("select count(m) from OutboxMessage m where m.recipient.id = :person", Long.class)
                .setParameter("person", person.getId()).getSingleResult();
    }

    private OutboxMessage outboxRow(Person person) {
        entityManager.clear();
        return entityManager.createQuery("select m from OutboxMessage m where m.recipient.id = :person", OutboxMessage.class)
                .setParameter("person", person.getId()).getSingleResult();
    }

    private List<MimeMessage> messagesTo(Person person) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(person.getEmail())) {
                found.add(message);
            }
        }
        return found;
    }

    private MimeMessage awaitOne(Person person) throws Exception {
        await(() -> {
            try {
                return !messagesTo(person).isEmpty();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return messagesTo(person).get(0);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart alternatives = (Multipart) message.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            if (alternatives.getBodyPart(i).isMimeType(type)) {
                return (String) alternatives.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("No " + type + " part");
    }
}

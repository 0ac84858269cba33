package org.clusterportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.notifications.OutboxMessage.OutboxStatus;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditEntry;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.web.PortalAddress;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrators' outbox in the server: the list by state, newest first, a page at a time; "send again now"
 * for a given-up e-mail, audited; everybody else refused in the list and in the action; and the backlog on the
 * health page, which never makes the portal "not ready".
 */
@ExtendWith(ArquillianExtension.class)
class OutboxAdministrationIT {

    @Inject
    private OutboxAdministration outbox;

    @Inject
    private OutboxBacklog backlog;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Viewer admin;
    private Viewer member;
    private Person recipient;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makePeople() throws Exception {
        transaction.begin();
        admin = new Viewer(person().getId(), true);
        member = new Viewer(person().getId(), false);
        recipient = person();
        transaction.commit();
    }

    @Test
    void anAdministratorSeesTheGivenUpEmailsNewestFirstAndSendsOneAgain() throws Exception {
        String word = UUID.randomUUID().toString();
        long older = givenUp("Older " + word, Instant.now().minusSeconds(7200));
        long newer = givenUp("Newer " + word, Instant.now().minusSeconds(3600));
        long sent = message("Sent " + word, OutboxStatus.SENT, Instant.now().minusSeconds(60));

        List<OutboxRow> failed = outbox.list(admin, OutboxStatus.FAILED, 0, 200);
        assertThat(failed).extracting(OutboxRow::getStatus).containsOnly(OutboxStatus.FAILED);
        assertThat(failed).extracting(OutboxRow::getId).containsSubsequence(newer, older).doesNotContain(sent);
        OutboxRow row = failed.stream().filter(line -> line.getId() == newer).findFirst().orElseThrow();
        assertThat(row.getToAddress()).isEqualTo(recipient.getEmail());
        assertThat(row.getSubject()).isEqualTo("Newer " + word);
        assertThat(row.getAttempts()).isEqualTo(OutboxMessage.MAX_ATTEMPTS);
        assertThat(row.getLastError()).isEqualTo("550 mailbox unavailable");
        assertThat(row.isRetriable()).isTrue();
        assertThat(outbox.count(admin, OutboxStatus.FAILED)).isEqualTo(failed.size());
        assertThat(outbox.count(admin, null)).isGreaterThanOrEqualTo(3);
        assertThat(outbox.list(admin, null, 0, 200)).extracting(OutboxRow::getCreated).as("newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(outbox.list(admin, OutboxStatus.SENT, 0, 200)).extracting(OutboxRow::getId).contains(sent);

        outbox.retry(admin, newer);

        OutboxMessage retried = entityManager.find(OutboxMessage.class, newer);
        assertThat(retried.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.getAttempts()).as("a full set of attempts again").isLessThanOrEqualTo(1);
        assertThat(outbox.list(admin, OutboxStatus.FAILED, 0, 200)).extracting(OutboxRow::getId).contains(older).doesNotContain(newer);
        assertThat(audited(admin, AuditAction.OUTBOX_RETRIED)).singleElement().satisfies(entry -> {
            assertThat(entry.getObjectId()).isEqualTo(String.valueOf(newer));
            assertThat(entry.getDetail()).contains("FAILED", recipient.getEmail());
        });
        assertThatThrownBy(() -> outbox.retry(admin, sent)).isInstanceOf(BusinessException.class).hasMessage("outbox.retry.sent");
    }

    @Test
    void nobodyElseSeesTheOutboxOrSendsAnythingAgain() throws Exception {
        long failed = givenUp("Refused " + UUID.randomUUID(), Instant.now());

        assertThatThrownBy(() -> outbox.list(member, null, 0, 25)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.count(member, OutboxStatus.FAILED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.list(Viewer.VISITOR, null, 0, 25)).isInstanceOf(AccessDeniedException.class);
        // A retry replayed by a member: refused, recorded once, and the message is still given up.
        assertThatThrownBy(() -> outbox.retry(member, failed)).isInstanceOf(AccessDeniedException.class);
        assertThat(entityManager.find(OutboxMessage.class, failed).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(audited(member, AuditAction.ACCESS_DENIED)).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).contains(String.valueOf(failed)));
        assertThat(audited(member, AuditAction.OUTBOX_RETRIED)).isEmpty();
    }

    @Test
    void theHealthPageReportsTheBacklogAndStaysReady() throws Exception {
        givenUp("Backlog " + UUID.randomUUID(), Instant.now());
        message("Waiting " + UUID.randomUUID(), OutboxStatus.PENDING, Instant.now().minusSeconds(3 * 3600));

        JsonObject report = backlog.report();
        assertThat(report.getJsonNumber("waiting").longValue()).isPositive();
        assertThat(report.getJsonNumber("oldestWaitingSeconds").longValue()).isGreaterThanOrEqualTo(3 * 3600);
        assertThat(report.getJsonNumber("givenUp").longValue()).isPositive();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(PortalAddress.absolute("/api/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(PortalAddress.absolute("/api/health/ready"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).as("a backlog is no reason to stop serving").isEqualTo(200);
        JsonObject body = Json.createReader(new StringReader(health.body())).readObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        JsonObject outboxField = body.getJsonObject("outbox");
        assertThat(outboxField.getJsonNumber("waiting").longValue()).isPositive();
        assertThat(outboxField.getJsonNumber("oldestWaitingSeconds").longValue()).isGreaterThanOrEqualTo(3 * 3600);
        assertThat(outboxField.getJsonNumber("givenUp").longValue()).isPositive();
        assertThat(Json.createReader(new StringReader(ready.body())).readObject().getString("status")).isEqualTo("UP");
    }

    private long givenUp(String subject, Instant created) throws Exception {
        return message(subject, OutboxStatus.FAILED, created);
    }

    /** A message in that state, written as the outbox writes it and then moved where the test needs it. */
    private long message(String subject, OutboxStatus status, Instant created) throws Exception {
        transaction.begin();
        OutboxMessage message = new OutboxMessage(entityManager.find(Person.class, recipient.getId()),
                new Letter(subject, "text", "<p>html</p>"), "test.example.org", Instant.now());
        if (status == OutboxStatus.FAILED) {
            // Far in the future, so the sender of the test server (every second) does not claim it meanwhile.
            message.lease(Instant.now().plusSeconds(3600));
            for (int attempt = 0; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
                message.failed("550 mailbox unavailable", Instant.now());
            }
        }
        else if (status == OutboxStatus.SENT) {
            message.sent(Instant.now());
        }
        else {
            message.lease(Instant.now().plusSeconds(3600));
        }
        entityManager.persist(message);
        entityManager.flush();
        entityManager.createQuery("update OutboxMessage m set m.created = :created where m.id = :id")
                .setParameter("created", created).setParameter("id", message.getId()).executeUpdate();
        transaction.commit();
        return message.getId();
    }

    private List<AuditEntry> audited(Viewer actor, AuditAction action) {
        return entityManager.createQuery("select e from AuditEntry e where e.actorId = :actor and e.action = :action", AuditEntry.class)
                .setParameter("actor", actor.personId())
                .setParameter("action", action)
                .getResultList();
    }

    private Person person() {
        String name = "outbox-" + UUID.randomUUID();
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), name, "Test", "Person", name + "@test.example.org", null),
                Instant.now());
        entityManager.persist(person);
        return person;
    }
}

package org.clusterportal.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.people.Person;
import org.clusterportal.platform.web.PortalAddress;

/**
 * The e-mail outbox. {@link #write} joins the caller's transaction, so a change that rolls back leaves no
 * e-mail. The sender ({@link OutboxSender}) claims due messages, each claim in a short transaction of its own:
 * the rows are locked with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, and H2 2.2 too), so several portal
 * nodes claim disjoint rows, and a claim moves the row's next attempt a lease ahead, so a node that dies while
 * sending lets another retry it later, with the same Message-ID.
 */
@Stateless
public class Outbox {

    /** How long a claimed message stays with the node that claimed it before another may try it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** A claimed message, ready to send: the settings link is the recipient's own. */
    public record Claimed(long id, String to, String subject, String text, String html, String messageId) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    /** Writes a letter to a person into the outbox, in the caller's transaction; nothing for a person without e-mail. */
    public void write(Person recipient, Letter letter) {
        if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            return;
        }
        entityManager.persist(new OutboxMessage(recipient, letter, PortalAddress.host(), Instant.now()));
    }

    /** Claims up to {@code max} due messages for this node. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claimDue(int max) {
        return claimDue(max, Instant.now());
    }

    /** Claims up to {@code max} messages due at {@code now}, skipping those another node is claiming this moment. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(int max, Instant now) {
        List<Number> ids = entityManager.createNativeQuery("""
                select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at, id fetch first %d rows only for update skip locked""".formatted(max))
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Number id : ids) {
            OutboxMessage message = entityManager.find(OutboxMessage.class, id.longValue());
            message.lease(now.plus(LEASE));
            String settings = settingsUrl(message.getRecipient());
            claimed.add(new Claimed(message.getId(), message.getToAddress(), message.getSubject(),
                    message.getTextBody().replace(Letters.SETTINGS_URL, settings),
                    message.getHtmlBody().replace(Letters.SETTINGS_URL, settings), message.getMessageId()));
        }
        return claimed;
    }

    private String settingsUrl(Person person) {
        NotificationPreferences preferences = entityManager.createQuery(
                "select np from NotificationPreferences np where np.person = :person", NotificationPreferences.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    // Another node creating them at the same moment makes this claim fail; the next one succeeds.
                    NotificationPreferences created = new NotificationPreferences(person);
                    entityManager.persist(created);
                    return created;
                });
        return PortalAddress.absolute("/notifications/settings.xhtml?token=" + preferences.getToken());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        entityManager.find(OutboxMessage.class, id).sent(Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        entityManager.find(OutboxMessage.class, id).failed(error, Instant.now());
    }
}

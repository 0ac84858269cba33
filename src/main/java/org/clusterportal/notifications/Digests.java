package org.clusterportal.notifications;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.people.Person;
import org.clusterportal.platform.security.Viewer;

/**
 * The daily and weekly digests: for each person, everything that waits for that digest (whatever came since
 * the last one) in one e-mail, through the outbox. The notifications are locked while a digest is written,
 * so two nodes running the same schedule do not both send it.
 */
@Stateless
public class Digests {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Letters letters;

    @Inject
    private Outbox outbox;

    @Inject
    private NotificationService notificationService;

    public List<Long> peopleWaitingFor(Notification.DigestState which) {
        return entityManager.createQuery("""
                select distinct n.recipient.id from Notification n where n.digest = :which and n.digestedAt is null""", Long.class)
                .setParameter("which", which)
                .getResultList();
    }

    /**
     * One person's digest, in a transaction of its own. What they may no longer see is left out (asked as a
     * person without the admin role: the role lives in Keycloak, not here); an empty digest is not sent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(Long personId, Notification.DigestState which) {
        List<Notification> waiting = entityManager.createQuery("""
                select n from Notification n where n.recipient.id = :person and n.digest = :which and n.digestedAt is null
                order by n.created, n.id""", Notification.class)
                .setParameter("person", personId)
                .setParameter("which", which)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        waiting.forEach(notification -> notification.digested(now));
        List<Notification> shown = notificationService.visibleOnly(new Viewer(personId, false), waiting);
        if (!shown.isEmpty()) {
            Person recipient = entityManager.find(Person.class, personId);
            outbox.write(recipient, letters.digest(recipient, shown,
                    which == Notification.DigestState.DAILY ? Delivery.DAILY_DIGEST : Delivery.WEEKLY_DIGEST));
        }
    }
}

package org.clusterportal.testing;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Notification;
import org.clusterportal.notifications.OutboxMessage;
import org.clusterportal.notifications.SubjectType;

/**
 * What a notice left behind in the database, for in-server tests of the jobs' effects: the notification rows
 * (the bell) and the e-mails in the outbox. Read from the database, not from the notices fired.
 */
public final class Deliveries {

    private Deliveries() {
    }

    /** The notification rows of that kind about the subject, whoever they are for. */
    public static List<Notification> notifications(EntityManager entityManager, SubjectType type, long subjectId, NoticeKind kind) {
        return entityManager.createQuery("""
                select n from Notification n where n.subjectType = :type and n.subjectId = :id and n.kind = :kind
                order by n.id""", Notification.class)
                .setParameter("type", type)
                .setParameter("id", subjectId)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** The e-mails written to the person whose subject contains the text (a title), oldest first. */
    public static List<OutboxMessage> emailsTo(EntityManager entityManager, long personId, String subjectContains) {
        return entityManager.createQuery("""
                select m from OutboxMessage m where m.recipient.id = :person order by m.id""", OutboxMessage.class)
                .setParameter("person", personId)
                .getResultList()
                .stream()
                .filter(message -> message.getSubject().contains(subjectContains))
                .toList();
    }
}

package org.clusterportal.events;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;

/**
 * What the events tell people, as notices of the change's transaction (the notifications observe them after it
 * commits, so a refused or rolled-back change tells nobody).
 */
@ApplicationScoped
class EventNotices {

    @Inject
    private jakarta.enterprise.event.Event<Notice> notices;

    /** Tells the recipients but the actor, if anybody is left; {@code text} is an organiser's message, or {@code null}. */
    void tell(NoticeKind kind, Set<Long> recipients, Event event, Long actorId, String text) {
        Set<Long> others = new HashSet<>(recipients);
        if (actorId != null) {
            others.remove(actorId);
        }
        if (!others.isEmpty()) {
            notices.fire(new Notice(kind, others, new Subject(SubjectType.EVENT, event.getId(), event.getTitle()), actorId, text));
        }
    }
}

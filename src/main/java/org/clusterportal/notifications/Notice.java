package org.clusterportal.notifications;

import java.util.Objects;
import java.util.Set;

/**
 * Something that happened which some people should hear about, fired as a CDI event ({@code Event<Notice>})
 * by the feature that made the change, inside its transaction: if the change rolls back, nobody is told.
 *
 * @param kind       what happened; people choose per kind how they hear of it
 * @param recipients ids of the persons to tell (the actor is never told of their own action)
 * @param subject    what it is about, where the notification links to
 * @param actorId    the person who caused it, or {@code null} when the portal did (a reminder, a promotion)
 * @param text       a message written by a person (a coordinator's bulk message, a comment), or {@code null}
 */
public record Notice(NoticeKind kind, Set<Long> recipients, Subject subject, Long actorId, String text) {

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        recipients = Set.copyOf(recipients);
    }

    public Notice(NoticeKind kind, Set<Long> recipients, Subject subject, Long actorId) {
        this(kind, recipients, subject, actorId, null);
    }
}

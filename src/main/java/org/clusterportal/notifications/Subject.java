package org.clusterportal.notifications;

import java.util.Objects;

/** What a notice is about: the kind of object, its id and its title as it was when the notice was fired. */
public record Subject(SubjectType type, long id, String title) {

    public Subject {
        Objects.requireNonNull(type);
        Objects.requireNonNull(title);
    }
}

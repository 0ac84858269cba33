package org.clusterportal.people;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.SessionScoped;

/**
 * What an HTTP session remembers of who uses it: the signed-in person and the language chosen. Only
 * {@link CurrentPerson} reaches it, and only when the session exists already (or is being created on purpose, at
 * login or when a visitor chooses a language): touching a session-scoped bean opens a session.
 */
@SessionScoped
class SessionPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String subject;
    private String displayName;
    private Language language;
    private Instant since;
    private ZoneId zone;

    void signIn(Person person) {
        since = Instant.now();
        id = person.getId();
        subject = person.getSubject();
        displayName = person.getDisplayName();
        if (person.getLanguage() != null) {
            language = person.getLanguage();
        }
        zone = person.zone().orElse(null);
    }

    void zone(ZoneId known) {
        zone = known;
    }

    ZoneId zone() {
        return zone;
    }

    void choose(Language chosen) {
        language = chosen;
    }

    Long id() {
        return id;
    }

    String subject() {
        return subject;
    }

    String displayName() {
        return displayName;
    }

    Language language() {
        return language;
    }

    Instant since() {
        return since;
    }
}

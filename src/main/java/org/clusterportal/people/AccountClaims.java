package org.clusterportal.people;

import java.util.Optional;

/**
 * What the identity provider says of a person at login: the token's subject is the stable key, the rest may
 * change in Keycloak between two logins.
 */
public record AccountClaims(String subject, String username, String firstName, String lastName, String email,
        String locale) {

    public Optional<Language> language() {
        return Language.of(locale);
    }
}

package org.clusterportal.admin;

import java.io.Serializable;
import java.time.Instant;

import org.keycloak.representations.idm.UserRepresentation;

/** A Keycloak account as the administration pages show it (a JavaBean: pages read its properties). */
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String username;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final boolean enabled;
    private final Instant createdAt;

    Account(String id, String username, String firstName, String lastName, String email, boolean enabled,
            Instant createdAt) {
        this.id = id;
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.enabled = enabled;
        this.createdAt = createdAt;
    }

    static Account of(UserRepresentation user) {
        return new Account(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                user.getEmail(), !Boolean.FALSE.equals(user.isEnabled()),
                user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp()));
    }

    /** "Anna Nowak", or the username when the account has no name. */
    public String getDisplayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

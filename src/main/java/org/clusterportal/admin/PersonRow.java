package org.clusterportal.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A line of the people list: the Keycloak account and what the portal knows of the person beside it. */
public class PersonRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Account account;
    private final List<String> organisations;
    private final long agreementsCoordinated;
    private final Instant lastLogin;

    PersonRow(Account account, List<String> organisations, long agreementsCoordinated, Instant lastLogin) {
        this.account = account;
        this.organisations = List.copyOf(organisations);
        this.agreementsCoordinated = agreementsCoordinated;
        this.lastLogin = lastLogin;
    }

    public Account getAccount() {
        return account;
    }

    public List<String> getOrganisations() {
        return organisations;
    }

    public long getAgreementsCoordinated() {
        return agreementsCoordinated;
    }

    /** Null when the person has never logged in to the portal. */
    public Instant getLastLogin() {
        return lastLogin;
    }
}

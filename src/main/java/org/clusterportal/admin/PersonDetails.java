package org.clusterportal.admin;

import java.io.Serializable;
import java.util.List;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.people.Person;

/**
 * The person page: the account in Keycloak and the portal's record of the person if any; the account's roles are
 * {@link RoleHoldings}, read on their own.
 */
public class PersonDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Account account;
    private final Person person;
    private final List<String> organisations;
    private final List<Agreement> coordinatedAgreements;

    PersonDetails(Account account, Person person, List<String> organisations, List<Agreement> coordinatedAgreements) {
        this.account = account;
        this.person = person;
        this.organisations = List.copyOf(organisations);
        this.coordinatedAgreements = List.copyOf(coordinatedAgreements);
    }

    public Account getAccount() {
        return account;
    }

    /** Null when the person has never logged in to the portal. */
    public Person getPerson() {
        return person;
    }

    public List<String> getOrganisations() {
        return organisations;
    }

    public List<Agreement> getCoordinatedAgreements() {
        return coordinatedAgreements;
    }
}

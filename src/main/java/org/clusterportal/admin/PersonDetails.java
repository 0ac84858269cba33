package org.clusterportal.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.people.Person;
import org.clusterportal.platform.security.Role;

/** The person page: the account, its realm roles in Keycloak, and the portal's record of the person if any. */
public class PersonDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles an administrator grants and revokes here, in this order. */
    public static final List<String> ROLES = List.of(Role.MEMBER, Role.COORDINATOR, Role.ADMIN);

    private final Account account;
    private final Set<String> effectiveRoles;
    private final Set<String> directRoles;
    private final Person person;
    private final List<String> organisations;
    private final List<Agreement> coordinatedAgreements;

    PersonDetails(Account account, Set<String> effectiveRoles, Set<String> directRoles, Person person,
            List<String> organisations, List<Agreement> coordinatedAgreements) {
        this.account = account;
        this.effectiveRoles = Set.copyOf(effectiveRoles);
        this.directRoles = Set.copyOf(directRoles);
        this.person = person;
        this.organisations = List.copyOf(organisations);
        this.coordinatedAgreements = List.copyOf(coordinatedAgreements);
    }

    public Account getAccount() {
        return account;
    }

    public List<String> getRoles() {
        return ROLES;
    }

    public boolean holds(String role) {
        return effectiveRoles.contains(role);
    }

    /** Held only through a composite (the realm's default roles, a group): changed in Keycloak, not here. */
    public boolean inherits(String role) {
        return effectiveRoles.contains(role) && !directRoles.contains(role);
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

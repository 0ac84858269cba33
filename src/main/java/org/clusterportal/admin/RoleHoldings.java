package org.clusterportal.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import org.clusterportal.platform.security.Role;

/**
 * The realm roles an account holds in Keycloak: directly, or through a composite (the realm's default roles, a
 * group). Read apart from the account itself, by the person page's roles section once the page is shown.
 */
public class RoleHoldings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles an administrator grants and revokes here, in this order. */
    public static final List<String> ROLES = List.of(Role.MEMBER, Role.COORDINATOR, Role.ADMIN);

    private final Set<String> effectiveRoles;
    private final Set<String> directRoles;

    RoleHoldings(Set<String> effectiveRoles, Set<String> directRoles) {
        this.effectiveRoles = Set.copyOf(effectiveRoles);
        this.directRoles = Set.copyOf(directRoles);
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
}

package org.clusterportal.platform.security;

/** The global roles: realm roles in Keycloak, arriving with the token. What is scoped lives in the database. */
public final class Role {

    public static final String MEMBER = "member";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    private Role() {
    }
}

package org.clusterportal.admin;

/** The outcome of an invitation: the new account, and whether Keycloak sent the e-mail to set a password. */
public record Invitation(String accountId, boolean emailSent) {
}

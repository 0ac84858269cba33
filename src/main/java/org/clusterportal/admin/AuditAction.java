package org.clusterportal.admin;

/** What an audit entry records. Stored by name: add new actions, never rename one. */
public enum AuditAction {
    ROLE_GRANTED,
    ROLE_REVOKED,
    ACCOUNT_INVITED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    SESSIONS_ENDED,
    COORDINATOR_NAMED,
    COORDINATOR_REMOVED,
    ACCESS_DENIED
}

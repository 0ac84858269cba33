package org.clusterportal.organisations;

/** A person asks to join an organisation; its own administrators (or an admin) decide. */
public enum MembershipStatus {
    REQUESTED,
    APPROVED,
    DECLINED
}

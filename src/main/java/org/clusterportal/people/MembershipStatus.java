package org.clusterportal.people;

/** A person asks to join an organisation; its own administrators (or an admin) decide. */
public enum MembershipStatus {
    REQUESTED,
    APPROVED,
    DECLINED
}

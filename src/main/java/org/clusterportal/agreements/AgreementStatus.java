package org.clusterportal.agreements;

/** An agreement's status as people read it, on a given day. */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    EXPIRED,
    TERMINATED
}

package org.clusterportal.agreements;

/** What people decided of an agreement; whether a signed one is active or expired follows from its dates. */
public enum AgreementStage {
    DRAFT,
    SIGNED,
    TERMINATED
}

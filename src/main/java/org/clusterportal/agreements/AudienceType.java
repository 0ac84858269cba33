package org.clusterportal.agreements;

/** What the {@link Audience} keeps rows for. */
public enum AudienceType {
    OFFER,
    EVENT,
    PROPOSAL
}

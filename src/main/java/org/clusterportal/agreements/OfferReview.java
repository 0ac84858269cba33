package org.clusterportal.agreements;

/**
 * Whether offers published to an agreement wait for its coordinators' approval. An enum, not a boolean:
 * EclipseLink renders booleans in JPQL as 1, which H2 and PostgreSQL refuse.
 */
public enum OfferReview {
    NOT_REQUIRED,
    REQUIRED
}

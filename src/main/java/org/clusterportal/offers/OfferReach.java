package org.clusterportal.offers;

/**
 * Who an offer is for: everybody, or the participants of the agreements it names. An enum, not a boolean:
 * EclipseLink renders booleans in JPQL as 1, which H2 and PostgreSQL refuse.
 */
public enum OfferReach {
    PUBLIC, AGREEMENTS
}

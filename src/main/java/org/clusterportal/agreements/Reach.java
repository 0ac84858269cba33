package org.clusterportal.agreements;

/**
 * Who something is for: everybody, or the participants of its agreements (with their coordinators and admins).
 * The one answer for agreements, offers, events and proposals. An enum, not a boolean: EclipseLink renders
 * booleans in JPQL as 1, which H2 and PostgreSQL refuse.
 */
public enum Reach {
    PARTICIPANTS,
    PUBLIC
}

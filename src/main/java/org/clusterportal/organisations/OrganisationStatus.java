package org.clusterportal.organisations;

/** A proposed organisation is seen only by its proposer and those who may approve it, until approved. */
public enum OrganisationStatus {
    PROPOSED,
    APPROVED
}

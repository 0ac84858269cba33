package org.clusterportal.people;

/**
 * Who sees a person's e-mail and phone: the people of organisations that take part in an agreement with theirs
 * (and its coordinators), or only the coordinators of those agreements. Admins always do.
 */
public enum ContactVisibility {
    PARTNERS,
    COORDINATORS
}

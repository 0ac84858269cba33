package org.clusterportal.agreements;

/** Who may see something scoped to an agreement: its participants (with coordinators and admins), or everybody. */
public enum Visibility {
    PARTICIPANTS,
    PUBLIC
}

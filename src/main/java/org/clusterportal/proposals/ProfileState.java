package org.clusterportal.proposals;

/** A partner search is open until a partner for it is accepted or the lead closes it. */
public enum ProfileState {
    OPEN,
    FILLED,
    CLOSED
}

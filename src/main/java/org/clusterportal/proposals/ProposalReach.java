package org.clusterportal.proposals;

/** Who sees a proposal and its partner search: everybody, or the participants of the chosen agreements. */
public enum ProposalReach {
    AGREEMENTS,
    PUBLIC
}

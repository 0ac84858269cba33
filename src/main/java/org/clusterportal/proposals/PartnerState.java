package org.clusterportal.proposals;

/** An organisation's place in a consortium: asked to join, was invited, is in, or was declined / declined. */
public enum PartnerState {
    REQUESTED,
    INVITED,
    ACCEPTED,
    DECLINED
}

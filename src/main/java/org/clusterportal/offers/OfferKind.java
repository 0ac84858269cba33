package org.clusterportal.offers;

/** Whether an organisation offers something or looks for it. */
public enum OfferKind {
    OFFER, REQUEST
}

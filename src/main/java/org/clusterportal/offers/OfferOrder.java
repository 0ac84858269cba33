package org.clusterportal.offers;

/** How a list of offers is ordered: newest first, or by how well they match the words (the newest matches ranked). */
public enum OfferOrder {
    NEWEST,
    RELEVANCE
}

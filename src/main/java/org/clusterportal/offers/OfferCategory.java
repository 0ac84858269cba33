package org.clusterportal.offers;

/** What is offered or requested. */
public enum OfferCategory {
    PRODUCT, SERVICE, TECHNOLOGY, RND_COOPERATION, INTERNSHIP, OTHER
}

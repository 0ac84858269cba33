package org.clusterportal.offers;

/**
 * Where an offer is in its life. {@code EXPIRED} is never stored: a published offer past its date is expired
 * ({@link Offer#statusOn}).
 */
public enum OfferStatus {
    DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN, EXPIRED
}

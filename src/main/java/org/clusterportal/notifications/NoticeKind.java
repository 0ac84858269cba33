package org.clusterportal.notifications;

/**
 * Every kind of notice the portal fires, grouped by the feature that fires it. People choose per kind how they
 * hear about it; the texts are the bundle keys {@code notice.<NAME>} (and {@code notice.<NAME>.subject} for
 * e-mail).
 */
public enum NoticeKind {

    // organisations and memberships
    MEMBERSHIP_REQUESTED,
    MEMBERSHIP_APPROVED,
    MEMBERSHIP_DECLINED,

    // offers and expressions of interest
    OFFER_IN_REVIEW,
    OFFER_APPROVED,
    OFFER_RETURNED,
    OFFER_EXPIRING,
    OFFER_EXPIRED,
    CO_PROVIDER_ASKED,
    CO_PROVIDER_ANSWERED,
    INTEREST_RECEIVED,
    INTEREST_ANSWERED,
    OUTCOME_FOLLOW_UP,

    // events and registrations
    REGISTRATION_CONFIRMED,
    REGISTRATION_WAITLISTED,
    REGISTRATION_PENDING,
    REGISTRATION_PROMOTED,
    REGISTRATION_DECLINED,
    REGISTRATION_CANCELLED,
    EVENT_CHANGED,
    EVENT_CANCELLED,
    EVENT_REMINDER,
    EVENT_MESSAGE,

    // project proposals
    PARTNER_REQUESTED,
    PARTNER_INVITED,
    PARTNER_DECIDED,
    DOCUMENT_VERSION_ADDED,
    CHECKLIST_ITEM_DUE,
    PROPOSAL_DEADLINE,
    CONSORTIUM_MESSAGE,

    // discussions
    COMMENT_ADDED
}

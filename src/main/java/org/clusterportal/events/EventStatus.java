package org.clusterportal.events;

/** A draft is seen by its organisers only; people register for a published event. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    COMPLETED
}

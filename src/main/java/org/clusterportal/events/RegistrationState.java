package org.clusterportal.events;

/**
 * Where a registration stands. Confirmed registrations hold the seats; waitlisted ones wait in arrival order;
 * pending ones wait for the organiser's approval; declined and cancelled ones hold nothing.
 */
public enum RegistrationState {
    CONFIRMED,
    WAITLISTED,
    PENDING,
    DECLINED,
    CANCELLED;

    /** Still in the event: told of changes, shown in the calendar feed. */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED || this == PENDING;
    }
}

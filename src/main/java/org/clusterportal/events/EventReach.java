package org.clusterportal.events;

/** Who the event is for: the participants of its agreements, or everybody (also the public feeds). */
public enum EventReach {
    AGREEMENTS,
    PUBLIC
}

package org.clusterportal.events;

/** What kind of event it is; the cooperation areas of the agreements name them. */
public enum EventType {
    TRAINING,
    SEMINAR,
    CONFERENCE,
    WORKSHOP,
    INTERNSHIP,
    MEETING
}

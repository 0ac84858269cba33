package org.clusterportal.events;

/** What kind of event it is; the cooperation areas of the agreements name them. */
public enum EventType {
    TRAINING,
    SEMINAR,
    CONFERENCE,
    WORKSHOP,
    INTERNSHIP,
    MEETING;

    /**
     * Whether its participants get certificates of attendance: the kinds where people learn something they may
     * need to show (trainings, seminars, workshops). Internships end with a different paper, of their host;
     * conferences and meetings certify nothing.
     */
    public boolean certifiesAttendance() {
        return this == TRAINING || this == SEMINAR || this == WORKSHOP;
    }
}

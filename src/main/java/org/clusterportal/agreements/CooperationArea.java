package org.clusterportal.agreements;

/** The areas of cooperation an agreement names (from the OKIP inter-cluster agreement of 17 June 2015). */
public enum CooperationArea {
    COMMUNICATION,
    JOINT_PROJECTS_AND_OFFERS,
    RESEARCH_AND_TECHNOLOGY_TRANSFER,
    TRAININGS_AND_EVENTS,
    MUTUAL_PROMOTION,
    REGULAR_MEETINGS
}

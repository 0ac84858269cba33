package org.clusterportal.offers;

/** The kind of cooperation someone who expresses interest seeks (after the EEN partnering form). */
public enum Cooperation {
    COMMERCIAL_AGREEMENT,
    TECHNICAL_COOPERATION,
    RESEARCH_COOPERATION,
    JOINT_PROJECT,
    LICENCE,
    SUBCONTRACTING,
    OTHER
}

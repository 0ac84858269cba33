package org.clusterportal.figures;

/** What two organisations of different clusters did together; the bundle names each as {@code figures.link.<NAME>}. */
public enum LinkKind {
    /** An expression of interest of one in the other's offer reached a meeting or an agreement. */
    INTEREST,
    /** One is a confirmed co-provider of the other's offer. */
    JOINT_OFFER,
    /** Both are accepted partners (or the lead) of one proposal. */
    CONSORTIUM,
    /** People of one attended an event the other organised. */
    EVENT
}

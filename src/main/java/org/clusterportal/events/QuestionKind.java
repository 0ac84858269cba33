package org.clusterportal.events;

/** How a registration question is answered. */
public enum QuestionKind {
    TEXT,
    CHOICE,
    YES_NO
}

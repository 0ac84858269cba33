package org.clusterportal.proposals;

/** A checklist item is open or done (an enum, not a boolean: EclipseLink's boolean literals break on H2). */
public enum ChecklistState {
    OPEN,
    DONE
}

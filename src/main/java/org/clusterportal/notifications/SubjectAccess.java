package org.clusterportal.notifications;

import java.util.Collection;
import java.util.Set;

import org.clusterportal.platform.security.Viewer;

/**
 * Who may still see the objects of one {@link SubjectType}: each feature's service implements it, so that
 * notifications and discussions never show something its reader may no longer see. Answers for many ids at
 * once, so that a page of notifications costs one query per type, not one per row.
 */
public interface SubjectAccess {

    SubjectType type();

    /** The ids among {@code ids} that {@code viewer} may see now. */
    Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids);
}

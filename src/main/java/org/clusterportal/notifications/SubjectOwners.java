package org.clusterportal.notifications;

import java.util.Set;

/**
 * Who answers for an object of one {@link SubjectType}: told of new comments on it even before they take part
 * in its thread. Optional, apart from {@link SubjectAccess}: a type without one has no owner to tell.
 */
public interface SubjectOwners {

    SubjectType type();

    /** The ids of the persons who own the object (none if it does not exist). */
    Set<Long> ownersOf(long id);
}

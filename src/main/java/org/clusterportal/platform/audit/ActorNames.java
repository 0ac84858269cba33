package org.clusterportal.platform.audit;

import java.util.Optional;

/**
 * The name of the person behind an actor id, as the audit log keeps it. People implement it: the audit log sits
 * below every feature and must not import them.
 */
public interface ActorNames {

    /** The person's display name now, or empty when no such person is known. */
    Optional<String> nameOf(long personId);
}

package org.clusterportal.platform.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the people behind actor ids and account ids, as the audit log shows them. People implement it: the audit log sits
 * below every feature and must not import them.
 */
public interface ActorNames {

    /** The person's display name now, or empty when no such person is known. */
    Optional<String> nameOf(long personId);

    /** The display names of the people with these Keycloak account ids, by account id, in one query. */
    Map<String, String> namesOfAccounts(Collection<String> accountIds);
}

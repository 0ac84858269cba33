package org.clusterportal.proposals;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.notifications.SubjectOwners;
import org.clusterportal.notifications.SubjectType;

/** Who answers for the consortium's discussion in a workspace: the proposal's contact person. */
@ApplicationScoped
public class WorkspaceSubjectOwners implements SubjectOwners {

    @Inject
    private ProposalService proposals;

    @Override
    public SubjectType type() {
        return SubjectType.WORKSPACE;
    }

    @Override
    public Set<Long> ownersOf(long id) {
        return proposals.contactOf(id);
    }
}

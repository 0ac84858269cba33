package org.clusterportal.proposals;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.notifications.SubjectOwners;
import org.clusterportal.notifications.SubjectType;

/** Who answers for a proposal in its discussion: the proposal's contact person. */
@ApplicationScoped
public class ProposalSubjectOwners implements SubjectOwners {

    @Inject
    private ProposalService proposals;

    @Override
    public SubjectType type() {
        return SubjectType.PROPOSAL;
    }

    @Override
    public Set<Long> ownersOf(long id) {
        return proposals.contactOf(id);
    }
}

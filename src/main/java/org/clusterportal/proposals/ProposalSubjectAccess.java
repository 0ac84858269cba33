package org.clusterportal.proposals;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.notifications.SubjectAccess;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.platform.security.Viewer;

/** Proposals as the subject of notifications and discussions: visible exactly as on the proposals' pages. */
@ApplicationScoped
public class ProposalSubjectAccess implements SubjectAccess {

    @Inject
    private ProposalService proposals;

    @Override
    public SubjectType type() {
        return SubjectType.PROPOSAL;
    }

    @Override
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        return proposals.visibleAmong(viewer, ids);
    }
}

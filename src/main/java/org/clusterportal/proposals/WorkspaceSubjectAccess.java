package org.clusterportal.proposals;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.notifications.SubjectAccess;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.platform.security.Viewer;

/** A proposal's workspace as the subject of the consortium's own discussion: open to the consortium and admins. */
@ApplicationScoped
public class WorkspaceSubjectAccess implements SubjectAccess {

    @Inject
    private ProposalService proposals;

    @Override
    public SubjectType type() {
        return SubjectType.WORKSPACE;
    }

    @Override
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        return proposals.workspacesAmong(viewer, ids);
    }
}

package org.clusterportal.agreements;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.organisations.VisibleAgreements;
import org.clusterportal.platform.security.Viewer;

/** The directory's agreement filter asks the agreements' one rule. */
@ApplicationScoped
public class DirectoryAgreements implements VisibleAgreements {

    @Inject
    private AccessPolicy accessPolicy;

    @Override
    public List<Long> idsFor(Viewer viewer) {
        return accessPolicy.visibleAgreementIds(viewer);
    }
}

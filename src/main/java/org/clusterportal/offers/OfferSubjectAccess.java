package org.clusterportal.offers;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.notifications.SubjectAccess;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.platform.security.Viewer;

/** Offers as the subject of notifications and discussions: visible exactly as on the offers' pages. */
@ApplicationScoped
public class OfferSubjectAccess implements SubjectAccess {

    @Inject
    private OfferService offers;

    @Override
    public SubjectType type() {
        return SubjectType.OFFER;
    }

    @Override
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        return offers.visibleAmong(viewer, ids);
    }
}

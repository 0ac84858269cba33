package org.clusterportal.events;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.clusterportal.notifications.SubjectAccess;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.platform.security.Viewer;

/** Events as the subject of notifications and discussions: visible exactly as on the events' pages. */
@ApplicationScoped
public class EventSubjectAccess implements SubjectAccess {

    @Inject
    private EventService events;

    @Override
    public SubjectType type() {
        return SubjectType.EVENT;
    }

    @Override
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        return events.visibleAmong(viewer, ids);
    }
}

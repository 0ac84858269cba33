package org.clusterportal.organisations;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.notifications.SubjectAccess;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.platform.security.Viewer;

/**
 * Organisations as the subject of notifications: approved ones are public, found in one query; a proposed one
 * (rare on a page of notifications) is asked one by one, by the rule of {@link OrganisationService#find}.
 */
@Stateless
public class OrganisationSubjectAccess implements SubjectAccess {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OrganisationService organisationService;

    @Override
    public SubjectType type() {
        return SubjectType.ORGANISATION;
    }

    @Override
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> visible = new HashSet<>(entityManager.createQuery(
                "select o.id from Organisation o where o.id in :ids and o.status = :approved", Long.class)
                .setParameter("ids", List.copyOf(ids))
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList());
        for (Long id : ids) {
            if (!visible.contains(id) && organisationService.find(viewer, id).isPresent()) {
                visible.add(id);
            }
        }
        return visible;
    }
}

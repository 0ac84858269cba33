package org.clusterportal.agreements;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.notifications.SubjectAccess;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.platform.security.Viewer;

/** Agreements as the subject of notifications: visible by {@link AccessPolicy#VISIBLE_AGREEMENT}, in one query. */
@Stateless
public class AgreementSubjectAccess implements SubjectAccess {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public SubjectType type() {
        return SubjectType.AGREEMENT;
    }

    @Override
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(AccessPolicy.bind(entityManager.createQuery(
                "select a.id from Agreement a where a.id in :ids and " + AccessPolicy.VISIBLE_AGREEMENT, Long.class), viewer)
                .setParameter("ids", List.copyOf(ids))
                .getResultList());
    }
}

package org.clusterportal.events;

import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.notifications.SubjectOwners;
import org.clusterportal.notifications.SubjectType;

/** Who answers for an event in its discussion: its organising coordinator. */
@Stateless
public class EventSubjectOwners implements SubjectOwners {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public SubjectType type() {
        return SubjectType.EVENT;
    }

    @Override
    public Set<Long> ownersOf(long id) {
        Event event = entityManager.find(Event.class, id);
        return event == null || event.getCoordinator() == null ? Set.of() : Set.of(event.getCoordinator().getId());
    }
}

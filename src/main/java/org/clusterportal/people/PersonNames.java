package org.clusterportal.people;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.platform.audit.ActorNames;

/** The audit log's names of people. */
@ApplicationScoped
public class PersonNames implements ActorNames {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<String> nameOf(long personId) {
        return Optional.ofNullable(entityManager.find(Person.class, personId)).map(Person::getDisplayName);
    }
}

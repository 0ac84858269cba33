package org.clusterportal.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    @Override
    public Map<String, String> namesOfAccounts(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p from Person p where p.subject in :subjects", Person.class)
                .setParameter("subjects", accountIds)
                .getResultStream()
                .collect(Collectors.toMap(Person::getSubject, Person::getDisplayName, (one, other) -> one));
    }
}

package org.clusterportal.offers;

import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.notifications.SubjectOwners;
import org.clusterportal.notifications.SubjectType;

/** Who answers for an offer in its discussion: its contact person. */
@Stateless
public class OfferSubjectOwners implements SubjectOwners {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public SubjectType type() {
        return SubjectType.OFFER;
    }

    @Override
    public Set<Long> ownersOf(long id) {
        Offer offer = entityManager.find(Offer.class, id);
        return offer == null ? Set.of() : Set.of(offer.getContact().getId());
    }
}

package org.clusterportal.offers;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.organisations.Organisation;

/**
 * Keeps who may see an offer in step with it: every offer service calls {@link #keep} in the transaction of each
 * change that could change it (written, published, reviewed, withdrawn, a co-provider named, removed or
 * answering), so the rule of {@link Offer#audience} lives here once.
 */
@Dependent
class OfferAudience {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Audience audience;

    /** Makes the audience rows of the offer what its state, agreements and co-providers (who have not declined) say. */
    void keep(Offer offer) {
        audience.keep(AudienceType.OFFER, offer.getId(), offer.audience(entityManager.createQuery(
                "select c.organisation from OfferCoProvider c where c.offer = :offer and c.answer <> :declined", Organisation.class)
                .setParameter("offer", offer)
                .setParameter("declined", CoProviderAnswer.DECLINED)
                .getResultList()));
    }
}

package org.clusterportal.offers.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferService;
import org.clusterportal.people.CurrentPerson;

/** offers/review.xhtml: the offers waiting for this coordinator's review, oldest first; each is decided on its page. */
@Named
@RequestScoped
public class ReviewOffersBacking {

    @Inject
    private OfferService offerService;

    @Inject
    private CurrentPerson currentPerson;

    private List<Offer> offers;

    @PostConstruct
    void init() {
        offers = offerService.reviewQueue(currentPerson.viewer());
    }

    public List<Offer> getOffers() {
        return offers;
    }
}

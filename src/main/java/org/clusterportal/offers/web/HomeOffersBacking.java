package org.clusterportal.offers.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.ExpressionOfInterest;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.InterestService;
import org.clusterportal.offers.OfferCoProvider;
import org.clusterportal.offers.OfferCoProviderService;
import org.clusterportal.offers.OfferService;
import org.clusterportal.people.CurrentPerson;

/** The home page's offer panels: new offers in my agreements, interests (and co-provider requests) waiting for my answer. */
@Named
@RequestScoped
public class HomeOffersBacking {

    private static final int PANEL_SIZE = 5;

    @Inject
    private OfferService offerService;

    @Inject
    private InterestService interestService;

    @Inject
    private OfferCoProviderService coProviderService;

    @Inject
    private CurrentPerson currentPerson;

    private List<Offer> newOffers;
    private List<ExpressionOfInterest> waitingInterests;
    private List<OfferCoProvider> coProviderRequests;

    public List<Offer> getNewOffers() {
        if (newOffers == null) {
            newOffers = offerService.newInMyAgreements(currentPerson.viewer(), PANEL_SIZE);
        }
        return newOffers;
    }

    public List<ExpressionOfInterest> getWaitingInterests() {
        if (waitingInterests == null) {
            waitingInterests = interestService.interestsWaiting(currentPerson.viewer(), PANEL_SIZE);
        }
        return waitingInterests;
    }

    public List<OfferCoProvider> getCoProviderRequests() {
        if (coProviderRequests == null) {
            coProviderRequests = coProviderService.requests(currentPerson.viewer());
        }
        return coProviderRequests;
    }
}

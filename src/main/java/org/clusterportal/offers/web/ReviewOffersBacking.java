package org.clusterportal.offers.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferReviewService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;

/**
 * offers/review.xhtml: the offers waiting for this coordinator's review, oldest first, a page at a time; each is
 * decided on its page.
 */
@Named
@RequestScoped
public class ReviewOffersBacking {

    @Inject
    private OfferReviewService reviewService;

    @Inject
    private CurrentPerson currentPerson;

    private PagedList<Offer> offers;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        offers = new PagedList<>(() -> reviewService.queueSize(viewer), (first, pageSize) -> reviewService.queue(viewer, first, pageSize));
    }

    public PagedList<Offer> getOffers() {
        return offers;
    }
}

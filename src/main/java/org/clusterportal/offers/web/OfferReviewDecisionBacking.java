package org.clusterportal.offers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.OfferReviewService;
import org.clusterportal.people.CurrentPerson;

/**
 * offers/view.xhtml, form {@code reviewForm}: a coordinator who reviews the offer approves it or returns it to
 * its owner with a comment, then goes back to the review queue (a returned draft is no longer theirs to see).
 */
@Named
@RequestScoped
public class OfferReviewDecisionBacking {

    private static final String FORM = "reviewForm";
    private static final String QUEUE = "/offers/review?faces-redirect=true";

    @Inject
    private OfferReviewService reviewService;

    @Inject
    private ViewOfferBacking page;

    @Inject
    private CurrentPerson currentPerson;

    private String comment;

    public String approve() {
        Long id = page.getId();
        return toQueue(ViewOfferBacking.act(id, () -> reviewService.approve(currentPerson.viewer(), id), "offer.approved", FORM));
    }

    public String returnToDraft() {
        Long id = page.getId();
        return toQueue(ViewOfferBacking.act(id, () -> reviewService.returnToDraft(currentPerson.viewer(), id, comment),
                "offer.returned", FORM));
    }

    private static String toQueue(String outcome) {
        return outcome == null ? null : QUEUE;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

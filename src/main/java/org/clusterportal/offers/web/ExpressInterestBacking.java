package org.clusterportal.offers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.Cooperation;
import org.clusterportal.offers.InterestForm;
import org.clusterportal.offers.InterestService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;

/** offers/view.xhtml, form {@code interestForm}: another participant sends their interest in the offer. */
@Named
@RequestScoped
public class ExpressInterestBacking {

    @Inject
    private InterestService interestService;

    @Inject
    private ViewOfferBacking page;

    @Inject
    private CurrentPerson currentPerson;

    private final InterestForm form = new InterestForm();

    /** A second click (or a second tab) that finds the first interest gets the same answer as the first. */
    public String send() {
        try {
            interestService.expressInterest(currentPerson.viewer(), page.getId(), form);
        }
        catch (BusinessException refusal) {
            if (!"interest.already".equals(refusal.getMessageKey())) {
                Feedback.show(refusal, "interestForm");
                return null;
            }
        }
        Feedback.info("interest.sent");
        return ViewOfferBacking.again(page.getId());
    }

    public InterestForm getForm() {
        return form;
    }

    public Cooperation[] getCooperations() {
        return Cooperation.values();
    }
}

package org.clusterportal.offers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.OfferLifecycleService;
import org.clusterportal.people.CurrentPerson;

/** offers/view.xhtml, form {@code offerActions}: its organisation's people publish, withdraw and renew the offer. */
@Named
@RequestScoped
public class OfferActionsBacking {

    private static final String FORM = "offerActions";

    @Inject
    private OfferLifecycleService lifecycleService;

    @Inject
    private ViewOfferBacking page;

    @Inject
    private CurrentPerson currentPerson;

    public String publish() {
        return ViewOfferBacking.act(page.getId(), () -> lifecycleService.publish(currentPerson.viewer(), page.getId()),
                "offer.submitted", FORM);
    }

    public String withdraw() {
        return ViewOfferBacking.act(page.getId(), () -> lifecycleService.withdraw(currentPerson.viewer(), page.getId()),
                "offer.withdrawn", FORM);
    }

    public String renew() {
        return ViewOfferBacking.act(page.getId(), () -> lifecycleService.renew(currentPerson.viewer(), page.getId()),
                "offer.renewed", FORM);
    }
}

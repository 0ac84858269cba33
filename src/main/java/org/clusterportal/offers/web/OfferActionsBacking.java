package org.clusterportal.offers.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.OfferLifecycleService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.offers.Renewal;
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
        // Said as it happened: published, or (where an agreement reviews offers) sent for review.
        return ViewOfferBacking.said(page.getId(), () -> new ViewOfferBacking.Done(
                lifecycleService.publish(currentPerson.viewer(), page.getId()).getStatus() == OfferStatus.IN_REVIEW
                        ? "offer.sentForReview" : "offer.published"), FORM);
    }

    public String withdraw() {
        return ViewOfferBacking.act(page.getId(), () -> lifecycleService.withdraw(currentPerson.viewer(), page.getId()),
                "offer.withdrawn", FORM);
    }

    public String renew() {
        return ViewOfferBacking.said(page.getId(), () -> {
            Renewal renewal = lifecycleService.renew(currentPerson.viewer(), page.getId());
            return new ViewOfferBacking.Done(RENEWED.get(renewal.outcome()), date(renewal.validUntil()));
        }, FORM);
    }

    private static final Map<Renewal.Outcome, String> RENEWED = Map.of(Renewal.Outcome.EXTENDED, "offer.renewed",
            Renewal.Outcome.CAPPED, "offer.renewedToLimit", Renewal.Outcome.AT_LIMIT, "offer.renewalAtLimit");

    /** MessageFormat formats a {@code Date} in the page's language ({0,date,long}), not a {@code LocalDate}. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}

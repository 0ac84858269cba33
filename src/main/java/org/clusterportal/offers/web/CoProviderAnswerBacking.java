package org.clusterportal.offers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.OfferCoProviderService;
import org.clusterportal.people.CurrentPerson;

/**
 * offers/view.xhtml, form {@code coProvidersForm}: an administrator of a named co-provider confirms or declines
 * that their organisation provides the offer too (which rows they answer for: {@link ViewOfferBacking#canAnswer}).
 */
@Named
@RequestScoped
public class CoProviderAnswerBacking {

    @Inject
    private OfferCoProviderService coProviderService;

    @Inject
    private ViewOfferBacking page;

    @Inject
    private CurrentPerson currentPerson;

    public String answer(Long coProviderId, boolean confirm) {
        return ViewOfferBacking.act(page.getId(), () -> coProviderService.answer(currentPerson.viewer(), coProviderId, confirm),
                confirm ? "offer.coProvider.confirmed" : "offer.coProvider.declined", "coProvidersForm");
    }
}

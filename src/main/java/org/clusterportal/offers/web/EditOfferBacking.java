package org.clusterportal.offers.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferForm;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferService;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.omnifaces.util.Faces;

/**
 * offers/edit.xhtml[?id=…]: writes a new draft for one of the person's organisations, or changes an offer of
 * theirs. A refusal stays on the page next to its field; a saved offer is shown on its page.
 */
@Named
@ViewScoped
public class EditOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offerService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private OfferForm form = new OfferForm();
    private List<Organisation> owners = List.of();
    private List<Agreement> agreements = List.of();
    private List<Organisation> coProviderCandidates = List.of();

    public void load() throws IOException {
        if (id != null) {
            var found = offerService.find(currentPerson.viewer(), id).filter(offer -> offerService.canEdit(currentPerson.viewer(), offer));
            if (found.isEmpty()) {
                Faces.responseSendError(404, "");
                return;
            }
            Offer offer = found.get();
            form = OfferForm.of(offer, offerService.coProvidersOf(offer));
            owners = List.of(offer.getOwner());
        }
        else {
            owners = offerService.ownersFor(currentPerson.viewer());
            if (owners.size() == 1) {
                form.setOwnerId(owners.get(0).getId());
            }
        }
        agreements = offerService.agreementsOf(owners);
        if (owners.size() == 1) {
            coProviderCandidates = offerService.coProviderCandidates(owners.get(0), agreements.stream().map(Agreement::getId).toList());
        }
    }

    public String save() {
        Offer saved;
        try {
            saved = id == null ? offerService.create(currentPerson.viewer(), form) : offerService.update(currentPerson.viewer(), id, form);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "offerForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/offers/view?faces-redirect=true&id=" + saved.getId();
    }

    public List<Organisation> getOwners() {
        return owners;
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }

    /** Organisations taking part in the owner's agreements; only those of the chosen agreements are accepted. */
    public List<Organisation> getCoProviderCandidates() {
        return coProviderCandidates;
    }

    public OfferKind[] getKinds() {
        return OfferKind.values();
    }

    public OfferCategory[] getCategories() {
        return OfferCategory.values();
    }

    public Reach[] getReaches() {
        return Reach.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OfferForm getForm() {
        return form;
    }
}

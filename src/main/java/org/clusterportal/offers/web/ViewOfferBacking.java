package org.clusterportal.offers.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.omnifaces.util.Faces;

/** offers/view.xhtml?id=…: one offer; its organisation's people publish and withdraw it here. */
@Named
@ViewScoped
public class ViewOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offerService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Offer offer;
    private boolean editor;

    public void load() throws IOException {
        var found = id == null ? java.util.Optional.<Offer>empty() : offerService.find(currentPerson.viewer(), id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        offer = found.get();
        editor = offerService.canEdit(currentPerson.viewer(), offer);
    }

    public String publish() {
        return act(() -> offerService.publish(currentPerson.viewer(), id), "offer.published");
    }

    public String withdraw() {
        return act(() -> offerService.withdraw(currentPerson.viewer(), id), "offer.withdrawn");
    }

    private String act(Supplier<Offer> action, String message) {
        try {
            action.get();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "offerActions");
            return null;
        }
        Feedback.info(message);
        return "/offers/view?faces-redirect=true&id=" + id;
    }

    public OfferStatus getStatus() {
        return offer.statusOn(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Offer getOffer() {
        return offer;
    }

    public boolean isEditor() {
        return editor;
    }
}

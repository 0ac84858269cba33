package org.clusterportal.offers.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Reach;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferCoProvider;
import org.clusterportal.offers.OfferCoProviderService;
import org.clusterportal.offers.OfferForm;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferLifecycleService;
import org.clusterportal.offers.OfferService;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Choice;
import org.clusterportal.platform.faces.ChoiceConverter;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.security.Viewer;
import org.omnifaces.cdi.Param;

/**
 * offers/edit.xhtml[?id=…]: writes a new draft for one of the person's organisations, or changes an offer of
 * theirs. A refusal stays on the page next to its field; a saved offer is shown on its page.
 * <p>
 * Request-scoped: the form posts back to the page's address (an OmniFaces form keeps {@code ?id=}), the choices are
 * read again for each request as ids and labels, and the version the person saw comes back with the form.
 */
@Named
@RequestScoped
public class EditOfferBacking {

    private static final int SUGGESTIONS = 10;

    private static final Converter<Choice> CHOICES = new ChoiceConverter();

    @Inject
    private OfferService offerService;

    @Inject
    private OfferLifecycleService lifecycleService;

    @Inject
    private OfferCoProviderService coProviderService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private OfferForm form;
    private List<SelectItem> owners;
    private List<SelectItem> agreements;
    private List<Choice> coProviders = new ArrayList<>();

    /** The offer and the choices, once per request: 404 for an offer the person may not change. */
    public void load() {
        if (form != null) {
            return;
        }
        Viewer viewer = currentPerson.viewer();
        List<Organisation> ownerOrganisations;
        if (id != null) {
            Offer offer = NotFoundException.unless(id,
                    offerId -> offerService.find(viewer, offerId).filter(found -> offerService.canEdit(viewer, found)));
            List<OfferCoProvider> named = coProviderService.coProvidersOf(offer);
            form = OfferForm.of(offer, named);
            coProviders = new ArrayList<>(named.stream().map(OfferCoProvider::getOrganisation)
                    .map(organisation -> new Choice(organisation.getId(), organisation.getName())).toList());
            ownerOrganisations = List.of(offer.getOwner());
        }
        else {
            form = new OfferForm();
            ownerOrganisations = offerService.ownersFor(viewer);
            if (ownerOrganisations.size() == 1) {
                form.setOwnerId(ownerOrganisations.get(0).getId());
            }
        }
        owners = choices(ownerOrganisations);
        agreements = offerService.agreementsOf(ownerOrganisations).stream()
                .map(agreement -> new SelectItem(agreement.getId(), agreement.getTitle())).toList();
    }

    private static List<SelectItem> choices(List<Organisation> organisations) {
        return organisations.stream().map(organisation -> new SelectItem(organisation.getId(), organisation.getName())).toList();
    }

    public String save() {
        getForm().setCoProviderIds(coProviders.stream().map(Choice::getId).toList());
        Offer saved;
        try {
            saved = id == null ? lifecycleService.create(currentPerson.viewer(), getForm())
                    : lifecycleService.update(currentPerson.viewer(), id, getForm());
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "offerForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/offers/view?faces-redirect=true&id=" + saved.getId();
    }

    public List<SelectItem> getOwners() {
        load();
        return owners;
    }

    public List<SelectItem> getAgreements() {
        load();
        return agreements;
    }

    /**
     * Organisations taking part in the owner's agreements whose name holds the typed words, a few at a time from
     * the database; only those of the chosen agreements are accepted on saving.
     */
    public List<Choice> completeCoProvider(String typed) {
        return coProviderService.candidatesNamed(currentPerson.viewer(), id, typed, SUGGESTIONS).stream()
                .map(organisation -> new Choice(organisation.getId(), organisation.getName())).toList();
    }

    /** The co-providers named, as ids and names: those of the offer, or those picked when a form comes back. */
    public List<Choice> getCoProviders() {
        load();
        return coProviders;
    }

    public void setCoProviders(List<Choice> coProviders) {
        load();
        this.coProviders = coProviders == null ? new ArrayList<>() : new ArrayList<>(coProviders);
    }

    /** The picker holds a list, whose element type Faces cannot see: its converter is named. */
    public Converter<Choice> getChoiceConverter() {
        return CHOICES;
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

    public OfferForm getForm() {
        load();
        return form;
    }
}

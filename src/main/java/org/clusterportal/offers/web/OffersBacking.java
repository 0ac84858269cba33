package org.clusterportal.offers.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.AgreementService;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferFilter;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferOrder;
import org.clusterportal.offers.OfferReviewService;
import org.clusterportal.offers.OfferService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.organisations.DirectoryChoices;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;

/**
 * offers/index.xhtml[?mine=true][&amp;organisation=…]: the offers and requests this person may see, filtered and paged
 * in the database; with {@code mine}, those of the person's organisations ("my organisation's offers"). The
 * filters' choices are kept as ids and labels; the owner is picked by name as it is typed, so no list of every
 * organisation is ever loaded or kept in the view.
 */
@Named
@ViewScoped
public class OffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int OWNER_SUGGESTIONS = 10;

    @Inject
    private OfferService offerService;

    @Inject
    private OfferReviewService reviewService;

    @Inject
    private AgreementService agreementService;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private DirectoryChoices directoryChoices;

    @Inject
    private CurrentPerson currentPerson;

    private final OfferFilter filter = new OfferFilter();
    private PagedList<Offer> offers;
    private List<SelectItem> agreements;
    private List<SelectItem> sectors;
    private List<String> regions;
    /** The owners last suggested and the one chosen, by id: what the owner field's converter knows. */
    private final Map<Long, String> ownerNames = new LinkedHashMap<>();
    private boolean author;
    private long inReview;
    private boolean noneVisible;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        offers = new PagedList<>(() -> offerService.count(viewer, filter),
                (first, pageSize) -> offerService.list(viewer, filter, first, pageSize));
        agreements = agreementService.list(viewer, 0, 500).stream()
                .map(agreement -> new SelectItem(agreement.getId(), agreement.getTitle())).toList();
        author = !offerService.ownersFor(viewer).isEmpty();
        noneVisible = !offerService.anyVisible(viewer);
        sectors = directoryChoices.sectors().stream()
                .map(sector -> new SelectItem(sector.getId(), sector.name(currentPerson.getLanguage()))).toList();
        regions = directoryChoices.regions();
        inReview = reviewService.queueSize(viewer);
    }

    /** The owner named in the address ({@code ?organisation=…}), shown by its name in the owner field. */
    public void loadOwner() {
        ownerNames.clear();
        if (filter.getOrganisationId() != null) {
            organisationService.find(currentPerson.viewer(), filter.getOrganisationId())
                    .ifPresentOrElse(owner -> ownerNames.put(owner.getId(), owner.getName()), () -> filter.setOrganisationId(null));
        }
    }

    /** The owners whose names hold the typed words. */
    public List<SelectItem> completeOwner(String typed) {
        List<Organisation> named = organisationService.approvedNamed(typed, OWNER_SUGGESTIONS);
        Long chosen = filter.getOrganisationId();
        String chosenName = ownerNames.get(chosen);
        ownerNames.clear();
        if (chosenName != null) {
            ownerNames.put(chosen, chosenName);
        }
        named.forEach(owner -> ownerNames.put(owner.getId(), owner.getName()));
        return named.stream().map(owner -> new SelectItem(owner.getId(), owner.getName())).toList();
    }

    public SelectItem getOwner() {
        Long chosen = filter.getOrganisationId();
        return chosen == null || !ownerNames.containsKey(chosen) ? null : new SelectItem(chosen, ownerNames.get(chosen));
    }

    public void setOwner(SelectItem owner) {
        filter.setOrganisationId(owner == null ? null : (Long) owner.getValue());
    }

    /** The owner field's values: an id the page shows by the name it was suggested with; any other id is no choice. */
    public Converter<SelectItem> getOwnerConverter() {
        return new Converter<>() {
            @Override
            public SelectItem getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    Long id = Long.valueOf(value);
                    return ownerNames.containsKey(id) ? new SelectItem(id, ownerNames.get(id)) : null;
                }
                catch (NumberFormatException notAnId) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, SelectItem value) {
                return value == null ? "" : String.valueOf(value.getValue());
            }
        };
    }

    public OfferStatus status(Offer offer) {
        return offer.statusOn(LocalDate.now());
    }

    public OfferFilter getFilter() {
        return filter;
    }

    public PagedList<Offer> getOffers() {
        return offers;
    }

    /** Whether more offers match than the count goes to ({@link OfferService#COUNT_LIMIT}): the pages say "41+". */
    public boolean isCountLimited() {
        return offers.getRowCount() > OfferService.COUNT_LIMIT;
    }

    public List<SelectItem> getAgreements() {
        return agreements;
    }

    public List<SelectItem> getSectors() {
        return sectors;
    }

    public List<String> getRegions() {
        return regions;
    }

    public OfferOrder[] getOrders() {
        return OfferOrder.values();
    }

    /** How many offers wait for this person's review (coordinators of agreements that review, admins). */
    public long getInReview() {
        return inReview;
    }

    public OfferKind[] getKinds() {
        return OfferKind.values();
    }

    public OfferCategory[] getCategories() {
        return OfferCategory.values();
    }

    /** Someone who may write offers: they get the button to start one. */
    public boolean isAuthor() {
        return author;
    }

    /** Nothing at all to show yet, before any filter. */
    public boolean isNoneVisible() {
        return noneVisible;
    }
}

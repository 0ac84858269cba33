package org.clusterportal.offers.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferFilter;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferOrder;
import org.clusterportal.offers.OfferService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.organisations.Sector;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;

/**
 * offers/index.xhtml[?mine=true]: the offers and requests this person may see, filtered and paged in the database;
 * with {@code mine}, those of the person's organisations ("my organisation's offers").
 */
@Named
@ViewScoped
public class OffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offerService;

    @Inject
    private AgreementService agreementService;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private CurrentPerson currentPerson;

    private final OfferFilter filter = new OfferFilter();
    private PagedList<Offer> offers;
    private List<Agreement> agreements;
    private List<Sector> sectors;
    private List<String> regions;
    private List<Organisation> organisations;
    private boolean author;
    private int inReview;
    private long total;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        offers = new PagedList<>(() -> offerService.count(viewer, filter),
                (first, pageSize) -> offerService.list(viewer, filter, first, pageSize));
        agreements = agreementService.list(viewer, 0, 500);
        author = !offerService.ownersFor(viewer).isEmpty();
        total = offerService.count(viewer, new OfferFilter());
        sectors = organisationService.sectors();
        regions = organisationService.regions();
        organisations = organisationService.listApproved();
        inReview = offerService.reviewQueue(viewer).size();
    }

    /** The filter changed: the table reloads from its first page (the XHTML updates it). */
    public void search() {
        // Nothing to do: the table reads the filter when it loads.
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

    public List<Agreement> getAgreements() {
        return agreements;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public OfferOrder[] getOrders() {
        return OfferOrder.values();
    }

    /** How many offers wait for this person's review (coordinators of agreements that review, admins). */
    public int getInReview() {
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
        return total == 0;
    }
}

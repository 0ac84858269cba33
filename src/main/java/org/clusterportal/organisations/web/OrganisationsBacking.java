package org.clusterportal.organisations.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.organisations.DirectoryChoices;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationFilter;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.organisations.OrganisationMap;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.organisations.SectorChoice;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.faces.RenderedValue;
import org.clusterportal.platform.security.Viewer;

/**
 * organisations/index.xhtml: the public directory, filtered and paged in the database. Request-scoped, so a
 * visitor's directory opens no session (web.xml lists the page as stateless for visitors): every ajax request
 * of the page sends all the filters again (process="@form").
 */
@Named
@RequestScoped
public class OrganisationsBacking {

    private static final int CHOICES = 200;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private DirectoryChoices directoryChoices;

    @Inject
    private OrganisationMap organisationMap;

    @Inject
    private AgreementService agreementService;

    @Inject
    private CurrentPerson currentPerson;

    private final OrganisationFilter filter = new OrganisationFilter();
    private PagedList<Organisation> organisations;
    private List<Agreement> agreements;
    private RenderedValue<OrganisationMap.Result> map;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        organisations = new PagedList<>(() -> organisationService.count(viewer, filter),
                (first, pageSize) -> organisationService.search(viewer, filter, first, pageSize));
        agreements = agreementService.list(viewer, 0, CHOICES);
        map = new RenderedValue<>(() -> organisationMap.places(viewer, filter), OrganisationMap.Result.NONE);
    }

    public OrganisationFilter getFilter() {
        return filter;
    }

    public PagedList<Organisation> getOrganisations() {
        return organisations;
    }

    /** Where the organisations of the filter are, once the filters of the request are applied. */
    public OrganisationMap.Result getMap() {
        return map.get();
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<SectorChoice> getSectors() {
        return directoryChoices.sectors();
    }

    public List<String> getCountries() {
        return directoryChoices.countries();
    }

    public List<String> getRegions() {
        return directoryChoices.regions();
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }
}

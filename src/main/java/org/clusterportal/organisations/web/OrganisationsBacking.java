package org.clusterportal.organisations.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.platform.faces.PagedList;

/** organisations/index.xhtml: the directory, paged in the database. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisationService;

    private PagedList<Organisation> organisations;

    @PostConstruct
    void init() {
        organisations = new PagedList<>(organisationService::count, organisationService::list);
    }

    public PagedList<Organisation> getOrganisations() {
        return organisations;
    }
}

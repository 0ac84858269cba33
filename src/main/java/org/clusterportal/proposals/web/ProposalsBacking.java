package org.clusterportal.proposals.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.organisations.Sector;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.proposals.PartnerRole;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalFilter;
import org.clusterportal.proposals.ProposalService;
import org.clusterportal.proposals.ProposalStatus;

/** proposals/index.xhtml: the proposals and partner searches this person may see, filtered and paged in the database. */
@Named
@ViewScoped
public class ProposalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposalService;

    @Inject
    private AgreementService agreementService;

    @Inject
    private CurrentPerson currentPerson;

    private final ProposalFilter filter = new ProposalFilter();
    private PagedList<ProjectProposal> proposals;
    private List<Agreement> agreements;
    private List<Sector> sectors;
    private boolean author;
    private long total;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        proposals = new PagedList<>(() -> proposalService.count(viewer, filter),
                (first, pageSize) -> proposalService.list(viewer, filter, first, pageSize));
        agreements = agreementService.list(viewer, 0, 500);
        sectors = proposalService.sectors();
        author = !proposalService.organisationsOf(viewer).isEmpty();
        total = proposalService.count(viewer, new ProposalFilter());
    }

    /** The filter changed: the table reloads from its first page (the XHTML updates it). */
    public void search() {
        // Nothing to do: the table reads the filter when it loads.
    }

    public ProposalFilter getFilter() {
        return filter;
    }

    public PagedList<ProjectProposal> getProposals() {
        return proposals;
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public PartnerRole[] getRoles() {
        return PartnerRole.sought();
    }

    public ProposalStatus[] getStatuses() {
        return ProposalStatus.values();
    }

    public boolean isAuthor() {
        return author;
    }

    /** Nothing at all to show yet, before any filter. */
    public boolean isNoneVisible() {
        return total == 0;
    }
}

package org.clusterportal.proposals.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalFilter;
import org.clusterportal.proposals.ProposalService;

/**
 * proposals/index.xhtml: the proposals and partner searches this person may see, filtered and paged in the
 * database. View-scoped for the filter the ajax table reads; the menus' choices come from {@link ProposalChoices}
 * per request, so the view keeps the filter's values and two flags, not lists.
 */
@Named
@ViewScoped
public class ProposalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposalService;

    @Inject
    private CurrentPerson currentPerson;

    private final ProposalFilter filter = new ProposalFilter();
    private PagedList<ProjectProposal> proposals;
    private boolean author;
    private boolean noneVisible;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        proposals = new PagedList<>(() -> proposalService.count(viewer, filter),
                (first, pageSize) -> proposalService.list(viewer, filter, first, pageSize));
        author = !proposalService.organisationsOf(viewer).isEmpty();
        noneVisible = !proposalService.anyVisible(viewer);
    }

    public ProposalFilter getFilter() {
        return filter;
    }

    public PagedList<ProjectProposal> getProposals() {
        return proposals;
    }

    public boolean isAuthor() {
        return author;
    }

    /** Nothing at all to show yet, before any filter. */
    public boolean isNoneVisible() {
        return noneVisible;
    }
}

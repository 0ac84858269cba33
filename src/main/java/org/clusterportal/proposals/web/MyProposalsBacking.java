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

/** proposals/mine.xhtml: the proposals of the consortia the person's organisations are in or have asked to join. */
@Named
@ViewScoped
public class MyProposalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposalService;

    @Inject
    private CurrentPerson currentPerson;

    private PagedList<ProjectProposal> proposals;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        ProposalFilter mine = new ProposalFilter();
        mine.setMine(true);
        proposals = new PagedList<>(() -> proposalService.count(viewer, mine),
                (first, pageSize) -> proposalService.list(viewer, mine, first, pageSize));
    }

    public PagedList<ProjectProposal> getProposals() {
        return proposals;
    }
}

package org.clusterportal.proposals.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalPanels;

/** The home page's proposal panels: partner searches in my organisations' sectors, my proposals' next deadlines. */
@Named
@RequestScoped
public class HomeProposalsBacking {

    private static final int PANEL_SIZE = 5;

    @Inject
    private ProposalPanels proposalPanels;

    @Inject
    private CurrentPerson currentPerson;

    private List<ProjectProposal> matching;
    private List<ProjectProposal> deadlines;

    public List<ProjectProposal> getMatching() {
        if (matching == null) {
            matching = proposalPanels.searchesMatchingMySectors(currentPerson.viewer(), PANEL_SIZE);
        }
        return matching;
    }

    public List<ProjectProposal> getDeadlines() {
        if (deadlines == null) {
            deadlines = proposalPanels.myNextDeadlines(currentPerson.viewer(), PANEL_SIZE);
        }
        return deadlines;
    }
}

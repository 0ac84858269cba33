package org.clusterportal.proposals.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.proposals.ConsortiumService;
import org.clusterportal.proposals.Partner;
import org.clusterportal.proposals.PartnerState;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalLifecycle;
import org.clusterportal.proposals.ProposalService;
import org.clusterportal.proposals.ProposalStatus;
import org.omnifaces.cdi.Param;

/**
 * proposals/view.xhtml?id=…: the proposal as its audience sees it, with its partner searches; for the lead's
 * people also the status buttons and closing a search. The other forms of the page have their own beans (join,
 * seek, invite, consortium), which take the proposal from here. Request-scoped: every form posts back to the
 * page's own address (OmniFaces {@code o:form}), so the id comes with every request and nothing is kept between.
 */
@Named
@RequestScoped
public class ViewProposalBacking {

    @Inject
    private ProposalService proposalService;

    @Inject
    private ProposalLifecycle lifecycle;

    @Inject
    private ConsortiumService consortium;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Optional<ProjectProposal> proposal;
    private boolean lead;
    private boolean worker;
    private List<Organisation> joinable = List.of();
    private List<Partner> invitations = List.of();
    private List<Partner> partners = List.of();

    /** The page's first request: 404 when there is no such proposal or the viewer may not see it. */
    public void load() {
        Viewer viewer = currentPerson.viewer();
        describe(Optional.of(NotFoundException.unless(id, found -> proposalService.find(viewer, found))));
    }

    /**
     * The proposal, found once per request: a postback does not run {@link #load}, and a proposal that is gone
     * meanwhile (or no longer visible) leaves the page empty.
     */
    public ProjectProposal getProposal() {
        if (proposal == null) {
            describe(Optional.ofNullable(id).flatMap(found -> proposalService.find(currentPerson.viewer(), found)));
        }
        return proposal.orElse(null);
    }

    private void describe(Optional<ProjectProposal> found) {
        proposal = found;
        if (found.isEmpty()) {
            return;
        }
        Viewer viewer = currentPerson.viewer();
        ProjectProposal shown = found.get();
        lead = proposalService.canLead(viewer, shown);
        worker = proposalService.canWork(viewer, shown);
        joinable = proposalService.joinableFor(viewer, shown);
        invitations = proposalService.invitationsFor(viewer, shown);
        partners = lead ? shown.getPartners() : visiblePartners(shown, viewer);
    }

    /** Partners the person sees: the lead's people and admins all of them, others the accepted ones and their own. */
    private List<Partner> visiblePartners(ProjectProposal shown, Viewer viewer) {
        List<Long> own = proposalService.organisationsOf(viewer).stream().map(Organisation::getId).toList();
        return shown.getPartners().stream()
                .filter(partner -> partner.getState() == PartnerState.ACCEPTED || own.contains(partner.getOrganisation().getId()))
                .toList();
    }

    public String moveTo(String status) {
        return ProposalActions.run(() -> lifecycle.moveTo(currentPerson.viewer(), id, ProposalStatus.valueOf(status)), "statusForm",
                "proposal.status.changed", ProposalActions.viewPage(id));
    }

    public boolean canMoveTo(String status) {
        return isLead() && getProposal().getStatus().next().contains(ProposalStatus.valueOf(status));
    }

    public String closeProfile(Long profileId) {
        return ProposalActions.run(() -> consortium.closeProfile(currentPerson.viewer(), profileId), "profilesForm",
                "proposal.profile.closed", ProposalActions.viewPage(id));
    }

    public Long getId() {
        return id;
    }

    public boolean isLead() {
        getProposal();
        return lead;
    }

    public boolean isWorker() {
        getProposal();
        return worker;
    }

    /** The viewer's organisations that may ask to join. */
    public List<Organisation> getJoinable() {
        getProposal();
        return joinable;
    }

    /** The invitations the viewer answers for one of their organisations. */
    public List<Partner> getInvitations() {
        getProposal();
        return invitations;
    }

    public List<Partner> getPartners() {
        getProposal();
        return partners;
    }
}

package org.clusterportal.proposals.web;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.Sector;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.proposals.Partner;
import org.clusterportal.proposals.PartnerRole;
import org.clusterportal.proposals.PartnerState;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalService;
import org.clusterportal.proposals.ProposalStatus;
import org.omnifaces.util.Faces;

/**
 * proposals/view.xhtml?id=…: the proposal as its audience sees it, with its partner searches and the request
 * to join; for the lead's people also the consortium's requests, invitations, shares, searches and status.
 */
@Named
@ViewScoped
public class ViewProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposalService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private ProjectProposal proposal;
    private boolean lead;
    private boolean worker;
    private List<Organisation> joinable = List.of();
    private List<Partner> invitations = List.of();
    private List<Organisation> invitable = List.of();
    private List<Sector> sectors = List.of();
    private List<Partner> partners = List.of();

    private Long joinOrganisationId;
    private Long joinProfileId;
    private String joinMessage;

    private Long inviteOrganisationId;
    private PartnerRole inviteRole;
    private String inviteMessage;

    private PartnerRole profileRole;
    private String profileCompetences;
    private List<Long> profileSectorIds = new ArrayList<>();
    private List<String> profileCountries = new ArrayList<>();

    private final Map<Long, BigDecimal> shares = new HashMap<>();

    public void load() throws IOException {
        Viewer viewer = currentPerson.viewer();
        Optional<ProjectProposal> found = id == null ? Optional.empty() : proposalService.find(viewer, id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        proposal = found.get();
        lead = proposalService.canLead(viewer, proposal);
        worker = proposalService.canWork(viewer, proposal);
        joinable = proposalService.joinableFor(viewer, proposal);
        if (joinable.size() == 1) {
            joinOrganisationId = joinable.get(0).getId();
        }
        invitations = proposalService.invitationsFor(viewer, proposal);
        partners = visiblePartners(viewer);
        if (lead) {
            invitable = proposalService.invitable(viewer, proposal);
            sectors = proposalService.sectors();
            proposal.acceptedPartners().forEach(partner -> shares.put(partner.getId(), partner.getBudgetShare()));
        }
    }

    public String requestToJoin() {
        return act(() -> proposalService.requestToJoin(currentPerson.viewer(), id, joinOrganisationId, joinProfileId, joinMessage),
                "joinForm", "proposal.partner.requested");
    }

    /** Asks to join for one sought profile (the button of that search). */
    public String requestToJoinFor(Long profileId) {
        joinProfileId = profileId;
        return requestToJoin();
    }

    public String invite() {
        return act(() -> proposalService.invite(currentPerson.viewer(), id, inviteOrganisationId, inviteRole, null, inviteMessage),
                "inviteForm", "proposal.partner.invited");
    }

    public String decide(Partner partner, boolean accept) {
        return act(() -> proposalService.decide(currentPerson.viewer(), partner.getId(), accept), "consortiumForm",
                accept ? "proposal.partner.accepted" : "proposal.partner.declined");
    }

    public String saveShare(Partner partner) {
        try {
            proposalService.changeShare(currentPerson.viewer(), partner.getId(), shares.get(partner.getId()));
        }
        catch (BusinessException refusal) {
            // The share's field is one row of a table: the refusal is shown at the top of the page.
            Feedback.show(new BusinessException(refusal.getMessageKey(), refusal.getArguments()), "consortiumForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/proposals/view?faces-redirect=true&id=" + id;
    }

    public String seek() {
        return act(() -> proposalService.seek(currentPerson.viewer(), id, profileRole, profileCompetences, profileSectorIds,
                profileCountries), "profileForm", "proposal.profile.added");
    }

    public String closeProfile(Long profileId) {
        return act(() -> {
            proposalService.closeProfile(currentPerson.viewer(), profileId);
            return null;
        }, "profilesForm", "proposal.profile.closed");
    }

    public String moveTo(String status) {
        return act(() -> proposalService.moveTo(currentPerson.viewer(), id, ProposalStatus.valueOf(status)), "statusForm",
                "proposal.status.changed");
    }

    public boolean canMoveTo(String status) {
        return lead && proposal.getStatus().next().contains(ProposalStatus.valueOf(status));
    }

    private String act(java.util.function.Supplier<Object> action, String formId, String message) {
        try {
            action.get();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info(message);
        return "/proposals/view?faces-redirect=true&id=" + id;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    /** Partners the person sees: the lead's people and admins all of them, others the accepted ones and their own. */
    private List<Partner> visiblePartners(Viewer viewer) {
        if (lead) {
            return proposal.getPartners();
        }
        List<Long> mine = proposalService.organisationsOf(viewer).stream().map(Organisation::getId).toList();
        return proposal.getPartners().stream()
                .filter(partner -> partner.getState() == PartnerState.ACCEPTED || mine.contains(partner.getOrganisation().getId()))
                .toList();
    }

    public PartnerRole[] getRoles() {
        return PartnerRole.sought();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectProposal getProposal() {
        return proposal;
    }

    public boolean isLead() {
        return lead;
    }

    public boolean isWorker() {
        return worker;
    }

    public List<Organisation> getJoinable() {
        return joinable;
    }

    public List<Partner> getInvitations() {
        return invitations;
    }

    public List<Organisation> getInvitable() {
        return invitable;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public Map<Long, BigDecimal> getShares() {
        return shares;
    }

    public Long getJoinOrganisationId() {
        return joinOrganisationId;
    }

    public void setJoinOrganisationId(Long joinOrganisationId) {
        this.joinOrganisationId = joinOrganisationId;
    }

    public Long getJoinProfileId() {
        return joinProfileId;
    }

    public void setJoinProfileId(Long joinProfileId) {
        this.joinProfileId = joinProfileId;
    }

    public String getJoinMessage() {
        return joinMessage;
    }

    public void setJoinMessage(String joinMessage) {
        this.joinMessage = joinMessage;
    }

    public Long getInviteOrganisationId() {
        return inviteOrganisationId;
    }

    public void setInviteOrganisationId(Long inviteOrganisationId) {
        this.inviteOrganisationId = inviteOrganisationId;
    }

    public PartnerRole getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(PartnerRole inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getInviteMessage() {
        return inviteMessage;
    }

    public void setInviteMessage(String inviteMessage) {
        this.inviteMessage = inviteMessage;
    }

    public PartnerRole getProfileRole() {
        return profileRole;
    }

    public void setProfileRole(PartnerRole profileRole) {
        this.profileRole = profileRole;
    }

    public String getProfileCompetences() {
        return profileCompetences;
    }

    public void setProfileCompetences(String profileCompetences) {
        this.profileCompetences = profileCompetences;
    }

    public List<Long> getProfileSectorIds() {
        return profileSectorIds;
    }

    public void setProfileSectorIds(List<Long> profileSectorIds) {
        this.profileSectorIds = profileSectorIds == null ? new ArrayList<>() : new ArrayList<>(profileSectorIds);
    }

    public List<String> getProfileCountries() {
        return profileCountries;
    }

    public void setProfileCountries(List<String> profileCountries) {
        this.profileCountries = profileCountries == null ? new ArrayList<>() : new ArrayList<>(profileCountries);
    }
}

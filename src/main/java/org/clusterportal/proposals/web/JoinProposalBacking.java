package org.clusterportal.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.proposals.ConsortiumService;
import org.omnifaces.cdi.Param;

/** The join form of proposals/view.xhtml: one of the viewer's organisations asks to join, for a search or in general. */
@Named
@RequestScoped
public class JoinProposalBacking {

    @Inject
    private ConsortiumService consortium;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Long organisationId;
    private Long profileId;
    private String message;

    public String requestToJoin() {
        return ProposalActions.run(() -> consortium.requestToJoin(currentPerson.viewer(), id, organisationId, profileId, message),
                "joinForm", "proposal.partner.requested", ProposalActions.viewPage(id));
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

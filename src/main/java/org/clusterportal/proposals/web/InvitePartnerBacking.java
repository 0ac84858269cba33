package org.clusterportal.proposals.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.Choice;
import org.clusterportal.proposals.ConsortiumService;
import org.clusterportal.proposals.PartnerRole;
import org.omnifaces.cdi.Param;

/**
 * The invitation form of proposals/view.xhtml: the lead picks an organisation by typing part of its name (the
 * picker asks the database for a few at a time, however many organisations there are) and the role it offers.
 */
@Named
@RequestScoped
public class InvitePartnerBacking {

    /** As many names as the picker shows at once; typing more narrows them. */
    private static final int SUGGESTIONS = 10;

    @Inject
    private ConsortiumService consortium;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Choice organisation;
    private PartnerRole role;
    private String message;

    /** The organisations whose names contain what was typed, by name. */
    public List<Choice> complete(String typed) {
        return consortium.invitable(currentPerson.viewer(), id, typed, 0, SUGGESTIONS);
    }

    public String invite() {
        return ProposalActions.run(() -> consortium.invite(currentPerson.viewer(), id, organisation == null ? null : organisation.getId(),
                role, null, message), "inviteForm", "proposal.partner.invited", ProposalActions.viewPage(id));
    }

    public Choice getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Choice organisation) {
        this.organisation = organisation;
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

package org.clusterportal.organisations.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationApprovals;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.organisations.MembershipService;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.faces.NotFoundException;

/**
 * organisations/view.xhtml?id=…: an organisation, its clusters or members, its people and the agreements it
 * signed; a signed-in person asks to join here, its administrators decide, approvers decide a proposal, and
 * admins remove it. Each action is one service call and a redirect back.
 */
@Named
@ViewScoped
public class ViewOrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String DIRECTORY = "/organisations/index?faces-redirect=true";

    @Inject
    private OrganisationService organisationService;

    @Inject
    private OrganisationApprovals organisationApprovals;

    @Inject
    private AgreementService agreementService;

    @Inject
    private MembershipService membershipService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Organisation organisation;
    private List<Organisation> members;
    private List<Agreement> agreements;
    private List<Membership> people;
    private List<Membership> requests;
    private Membership myMembership;
    private boolean editor;
    private boolean approver;
    private boolean decider;
    private String requestMessage;

    public void load() {
        Viewer viewer = currentPerson.viewer();
        organisation = NotFoundException.unless(id, organisationId -> organisationService.find(viewer, organisationId));
        members = organisation.isCluster() ? organisationService.membersOf(organisation) : List.of();
        agreements = agreementService.signedBy(viewer, organisation);
        people = membershipService.membersOf(viewer, organisation);
        myMembership = currentPerson.findId().flatMap(personId -> membershipService.ofPerson(personId).stream()
                .filter(membership -> membership.getOrganisation().equals(organisation)).findFirst()).orElse(null);
        editor = organisationService.canEdit(viewer, organisation);
        approver = !organisation.isApproved() && organisationService.canApprove(viewer, organisation);
        decider = membershipService.mayDecide(viewer, organisation);
        requests = membershipService.requestsTo(viewer, organisation);
    }

    public String requestMembership() {
        return act("joinForm", () -> membershipService.request(currentPerson.viewer(), id, requestMessage), "membership.requested");
    }

    public String approve() {
        return act("proposalForm", () -> organisationApprovals.approve(currentPerson.viewer(), id), "organisation.approved");
    }

    public String decline() {
        return act("proposalForm", () -> organisationApprovals.decline(currentPerson.viewer(), id), "organisation.declined",
                DIRECTORY);
    }

    public String remove() {
        return act("removeForm", () -> organisationApprovals.remove(currentPerson.viewer(), id), "organisation.removed", DIRECTORY);
    }

    public String approveMembership(Long membershipId) {
        return act("peopleForm", () -> membershipService.approve(currentPerson.viewer(), membershipId), "form.saved");
    }

    public String declineMembership(Long membershipId) {
        return act("peopleForm", () -> membershipService.decline(currentPerson.viewer(), membershipId), "form.saved");
    }

    public String changeRole(Long membershipId, MembershipRole role) {
        return act("peopleForm", () -> membershipService.changeRole(currentPerson.viewer(), membershipId, role), "form.saved");
    }

    public String removeMembership(Long membershipId) {
        return act("peopleForm", () -> membershipService.remove(currentPerson.viewer(), membershipId), "membership.removed");
    }

    private String act(String formId, Runnable action, String doneKey) {
        return act(formId, action, doneKey, "/organisations/view?faces-redirect=true&id=" + id);
    }

    private String act(String formId, Runnable action, String doneKey, String outcome) {
        try {
            action.run();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info(doneKey);
        return outcome;
    }

    public boolean isKeyCluster() {
        return organisation.isKeyClusterOn(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Organisation> getMembers() {
        return members;
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }

    public List<Membership> getPeople() {
        return people;
    }

    /** The requests to join that wait, shown to those who decide them. */
    public List<Membership> getRequests() {
        return requests;
    }

    public Membership getMyMembership() {
        return myMembership;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isApprover() {
        return approver;
    }

    public boolean isDecider() {
        return decider;
    }

    public String getRequestMessage() {
        return requestMessage;
    }

    public void setRequestMessage(String requestMessage) {
        this.requestMessage = requestMessage;
    }
}

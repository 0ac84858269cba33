package org.clusterportal.organisations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
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
import org.omnifaces.cdi.Param;

/**
 * organisations/view.xhtml?id=…: an organisation, its clusters or members, its people and the agreements it
 * signed; a signed-in person asks to join here, its administrators decide, approvers decide a proposal, and
 * admins remove it. Each action is one service call and a redirect back. Request-scoped, so a visitor's request
 * opens no session (web.xml lists the page as stateless for visitors): every form posts back to the page's own
 * address (OmniFaces {@code o:form}), so the id comes with each request and nothing is kept between.
 */
@Named
@RequestScoped
public class ViewOrganisationBacking {

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

    @Inject
    @Param
    private Long id;

    private Optional<Organisation> organisation;
    private List<Organisation> members = List.of();
    private List<Agreement> agreements = List.of();
    private List<Membership> people = List.of();
    private List<Membership> requests = List.of();
    private Membership myMembership;
    private boolean editor;
    private boolean approver;
    private boolean decider;
    private String requestMessage;

    /** The page's first request: 404 when there is no such organisation or the viewer may not see it. */
    public void load() {
        Viewer viewer = currentPerson.viewer();
        describe(Optional.of(NotFoundException.unless(id, found -> organisationService.find(viewer, found))));
    }

    /**
     * The organisation, found once per request: a postback does not run {@link #load}, and an organisation that is
     * gone meanwhile (or no longer visible) leaves the page empty.
     */
    public Organisation getOrganisation() {
        if (organisation == null) {
            describe(Optional.ofNullable(id).flatMap(found -> organisationService.find(currentPerson.viewer(), found)));
        }
        return organisation.orElse(null);
    }

    private void describe(Optional<Organisation> found) {
        organisation = found;
        if (found.isEmpty()) {
            return;
        }
        Viewer viewer = currentPerson.viewer();
        Organisation shown = found.get();
        members = shown.isCluster() ? organisationService.membersOf(shown) : List.of();
        agreements = agreementService.signedBy(viewer, shown);
        people = membershipService.membersOf(viewer, shown);
        myMembership = currentPerson.findId().flatMap(personId -> membershipService.ofPerson(personId).stream()
                .filter(membership -> membership.getOrganisation().equals(shown)).findFirst()).orElse(null);
        editor = organisationService.canEdit(viewer, shown);
        approver = !shown.isApproved() && organisationService.canApprove(viewer, shown);
        decider = membershipService.mayDecide(viewer, shown);
        requests = membershipService.requestsTo(viewer, shown);
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
        return getOrganisation().isKeyClusterOn(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public List<Organisation> getMembers() {
        getOrganisation();
        return members;
    }

    public List<Agreement> getAgreements() {
        getOrganisation();
        return agreements;
    }

    public List<Membership> getPeople() {
        getOrganisation();
        return people;
    }

    /** The requests to join that wait, shown to those who decide them. */
    public List<Membership> getRequests() {
        getOrganisation();
        return requests;
    }

    public Membership getMyMembership() {
        getOrganisation();
        return myMembership;
    }

    public boolean isEditor() {
        getOrganisation();
        return editor;
    }

    public boolean isApprover() {
        getOrganisation();
        return approver;
    }

    public boolean isDecider() {
        getOrganisation();
        return decider;
    }

    public String getRequestMessage() {
        return requestMessage;
    }

    public void setRequestMessage(String requestMessage) {
        this.requestMessage = requestMessage;
    }
}

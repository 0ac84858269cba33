package org.clusterportal.organisations.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationApprovals;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.MembershipService;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;

/**
 * organisations/approvals.xhtml: what waits for this person's decision: proposed organisations (admins, and
 * coordinators of an agreement one of its clusters signed) and requests to join (an organisation's own
 * administrators, and admins). The services decide who sees what.
 */
@Named
@RequestScoped
public class ApprovalsBacking {

    private static final String SELF = "/organisations/approvals?faces-redirect=true";

    @Inject
    private OrganisationApprovals organisationApprovals;

    @Inject
    private MembershipService membershipService;

    @Inject
    private CurrentPerson currentPerson;

    private List<Organisation> proposals;
    private List<Membership> requests;

    @PostConstruct
    void load() {
        proposals = organisationApprovals.proposalsFor(currentPerson.viewer());
        requests = membershipService.requestsFor(currentPerson.viewer());
    }

    public String approveOrganisation(Long id) {
        return act(() -> organisationApprovals.approve(currentPerson.viewer(), id), "organisation.approved");
    }

    public String declineOrganisation(Long id) {
        return act(() -> organisationApprovals.decline(currentPerson.viewer(), id), "organisation.declined");
    }

    public String approveMembership(Long id) {
        return act(() -> membershipService.approve(currentPerson.viewer(), id), "membership.approved");
    }

    public String declineMembership(Long id) {
        return act(() -> membershipService.decline(currentPerson.viewer(), id), "membership.declined");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "approvalsForm");
            return null;
        }
        Feedback.info(doneKey);
        return SELF;
    }

    public List<Organisation> getProposals() {
        return proposals;
    }

    public List<Membership> getRequests() {
        return requests;
    }
}

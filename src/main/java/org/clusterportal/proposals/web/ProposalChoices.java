package org.clusterportal.proposals.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.organisations.DirectoryChoices;
import org.clusterportal.organisations.SectorChoice;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.proposals.PartnerRole;
import org.clusterportal.proposals.ProposalStatus;

/**
 * The choices of the proposal pages' menus (sectors, the viewer's agreements, roles, statuses), read only by a
 * request that renders or submits a menu: no page keeps them in its view state. The viewer's agreements are
 * read once per request; the sectors, the same for everyone, come from the application's {@link DirectoryChoices}.
 */
@Named
@RequestScoped
public class ProposalChoices {

    /** More agreements than any person takes part in; the menu lists the newest signed first. */
    private static final int MAX_AGREEMENTS = 500;

    @Inject
    private DirectoryChoices directoryChoices;

    @Inject
    private AgreementService agreementService;

    @Inject
    private CurrentPerson currentPerson;

    private List<Agreement> agreements;

    public List<SectorChoice> getSectors() {
        return directoryChoices.sectors();
    }

    /** The agreements the viewer may see: the proposals' filter by agreement. */
    public List<Agreement> getAgreements() {
        if (agreements == null) {
            agreements = agreementService.list(currentPerson.viewer(), 0, MAX_AGREEMENTS);
        }
        return agreements;
    }

    /** The roles a partner search or an invitation asks for (the lead is the coordinator already). */
    public PartnerRole[] getRoles() {
        return PartnerRole.sought();
    }

    public ProposalStatus[] getStatuses() {
        return ProposalStatus.values();
    }
}

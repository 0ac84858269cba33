package org.clusterportal.proposals;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Reach;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.text.RichText;

/**
 * A proposal itself: started for one of the viewer's organisations, described again by its lead's people (who
 * sees it included), moved through its statuses by their rules ({@link ProjectProposal#moveTo}).
 */
@Stateless
public class ProposalLifecycle {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ProposalService proposals;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private AuditLog auditLog;

    /** A new idea of one of the viewer's organisations, with the viewer as its contact. */
    public ProjectProposal create(@NotNull Viewer viewer, @NotNull @Valid ProposalForm form) {
        Organisation lead = Optional.ofNullable(entityManager.find(Organisation.class, form.getLeadId()))
                .filter(organisation -> accessPolicy.worksFor(viewer, organisation))
                .orElseThrow(() -> auditLog.refusal(viewer, "Proposal for organisation " + form.getLeadId()));
        ProjectProposal proposal = new ProjectProposal(lead, proposals.actor(viewer), Instant.now());
        describe(proposal, form);
        entityManager.persist(proposal);
        proposals.keepAudience(proposal.getId());
        return proposal;
    }

    public ProjectProposal update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid ProposalForm form) {
        ProjectProposal proposal = proposals.getLed(viewer, id);
        proposal.checkVersion(form.getVersion());
        describe(proposal, form);
        proposals.keepAudience(id);
        return proposal;
    }

    private void describe(ProjectProposal proposal, ProposalForm form) {
        Set<Agreement> agreements = form.getReach() == Reach.PARTICIPANTS
                ? accessPolicy.chosenAgreementsOf(proposal.getLead(), form.getAgreementIds(), "proposal.agreements.notTakingPart")
                : Set.of();
        proposal.describe(form, RichText.sanitise(form.getDescription()), agreements, Instant.now());
    }

    public ProjectProposal moveTo(@NotNull Viewer viewer, @NotNull Long id, @NotNull ProposalStatus status) {
        ProjectProposal proposal = proposals.getLed(viewer, id);
        proposal.moveTo(status, Instant.now());
        return proposal;
    }
}

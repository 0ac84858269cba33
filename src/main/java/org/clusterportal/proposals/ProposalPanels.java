package org.clusterportal.proposals;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.Viewer;

/** The home page's proposal panels: partner searches in the sectors of my organisations, my consortia's next deadlines. */
@Stateless
public class ProposalPanels {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private Audience audience;

    /** Open partner searches of proposals the viewer may see, in a sector of the viewer's organisations, not theirs yet. */
    public List<ProjectProposal> searchesMatchingMySectors(@NotNull Viewer viewer, @Min(1) @Max(50) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        List<Long> sectors = entityManager.createQuery("""
                select distinct s.id from Membership m join m.organisation o join o.sectors s
                where m.person.id = :person and m.status = :approved""", Long.class)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList();
        if (sectors.isEmpty()) {
            return List.of();
        }
        // As a participant even for an admin: the panel suggests what is theirs to join, not everything.
        List<ProjectProposal> matching = audience.restrict(new Where(), new Viewer(viewer.personId(), false), AudienceType.PROPOSAL, "p.id")
                .and("p.status in :openStatuses", "openStatuses", ProposalStatus.open())
                .and("exists (select hp.id from PartnerProfile hp join hp.sectors hs where hp.proposal = p and hp.state = :openHomeProfile"
                        + " and hs.id in :mySectors)")
                .bind("openHomeProfile", ProfileState.OPEN).bind("mySectors", sectors)
                .and("not exists (select op.id from Partner op where op.proposal = p and op.state <> :declinedOwn and op.organisation.id in :own)")
                .bind("declinedOwn", PartnerState.DECLINED).bind("own", Where.idsOrNone(accessPolicy.organisationIdsOf(viewer)))
                .and("p.deadline > :now", "now", Instant.now())
                .query(entityManager, "select p from ProjectProposal p", " order by p.deadline, p.id", ProjectProposal.class)
                .setMaxResults(limit)
                .getResultList();
        // The panel names each one's searches: loaded for all of them at once (@BatchFetch), in the transaction.
        matching.forEach(ProjectProposal::getOpenProfiles);
        return matching;
    }

    /** The viewer's consortia's proposals still open, the nearest deadline first. */
    public List<ProjectProposal> myNextDeadlines(@NotNull Viewer viewer, @Min(1) @Max(50) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return ProposalService.inConsortium(new Where(), viewer)
                .and("p.status in :openStatuses", "openStatuses", ProposalStatus.open())
                .and("p.deadline > :now", "now", Instant.now())
                .query(entityManager, "select p from ProjectProposal p", " order by p.deadline, p.id", ProjectProposal.class)
                .setMaxResults(limit)
                .getResultList();
    }
}

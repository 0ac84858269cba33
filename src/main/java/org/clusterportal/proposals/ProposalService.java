package org.clusterportal.proposals;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * Finding project proposals, and who may do what with them. A proposal and its partner searches are seen by
 * the grantees of its audience rows ({@link Audience}): everybody when public, else the participants of its
 * agreements, and always the people of the organisations it concerns (lead, partners, those asked). Its
 * workspace (documents, checklist, the consortium's messages) only by the people of its accepted partners and
 * admins. The lead organisation's people change it and lead its consortium.
 * <p>
 * The classes that change a proposal take it from here ({@link #getLed}, {@link #getWorkspace}: refused and
 * audited otherwise) and call {@link #keepAudience} in their transaction after any change of who may see it.
 */
@Stateless
public class ProposalService {

    /** A JPQL condition on a proposal aliased {@code p}: the viewer works for one of its accepted partners. */
    private static final String IN_CONSORTIUM = "exists (select cm.id from Partner cp, Membership cm where cp.proposal = p"
            + " and cp.state = :acceptedPartner and cm.organisation = cp.organisation and cm.person.id = :consortiumMember"
            + " and cm.status = :approvedMember)";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private Audience audience;

    @Inject
    private AuditLog auditLog;

    /** The proposals the viewer may see that match the filter, most recently changed first, a page at a time. */
    public List<ProjectProposal> list(@NotNull Viewer viewer, @NotNull @Valid ProposalFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        List<ProjectProposal> page = query(viewer, filter, "select p", " order by p.modified desc, p.id desc", ProjectProposal.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        // The searches of the whole page in one query (@BatchFetch), while the transaction is open: every row shows them.
        page.forEach(ProjectProposal::getOpenProfiles);
        return page;
    }

    public long count(@NotNull Viewer viewer, @NotNull @Valid ProposalFilter filter) {
        return query(viewer, filter, "select count(p)", "", Long.class).getSingleResult();
    }

    /** Whether the viewer may see any proposal at all: the first id found, not a count of all. */
    public boolean anyVisible(@NotNull Viewer viewer) {
        return !query(viewer, new ProposalFilter(), "select p.id", "", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    private <T> TypedQuery<T> query(Viewer viewer, ProposalFilter filter, String select, String order, Class<T> type) {
        Where where = audience.restrict(new Where(), viewer, AudienceType.PROPOSAL, "p.id")
                .containsWords(SearchWords.of(filter.getWords()), "p.title", "p.summary", "p.acronym", "p.callIdentifier");
        if (filter.getProgramme() != null && !filter.getProgramme().isBlank()) {
            where.and("lower(p.programme) like :programme escape '!'", "programme",
                    "%" + SearchWords.escapeLike(filter.getProgramme().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        ZoneId zone = ZoneId.systemDefault();
        if (filter.getDeadlineFrom() != null) {
            where.and("p.deadline >= :deadlineFrom", "deadlineFrom", filter.getDeadlineFrom().atStartOfDay(zone).toInstant());
        }
        if (filter.getDeadlineUntil() != null) {
            where.and("p.deadline < :deadlineUntil", "deadlineUntil", filter.getDeadlineUntil().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.getSectorId() != null) {
            where.and("exists (select sp.id from PartnerProfile sp join sp.sectors ss where sp.proposal = p and sp.state = :openSectorProfile"
                    + " and ss.id = :sector)").bind("openSectorProfile", ProfileState.OPEN).bind("sector", filter.getSectorId());
        }
        if (filter.getRole() != null) {
            where.and("exists (select rp.id from PartnerProfile rp where rp.proposal = p and rp.state = :openRoleProfile and rp.role = :role)")
                    .bind("openRoleProfile", ProfileState.OPEN).bind("role", filter.getRole());
        }
        where.andIf(filter.getStatus(), "p.status = :status", "status")
                .andIf(filter.getAgreementId(),
                        "exists (select fp.id from ProjectProposal fp join fp.agreements fa where fp = p and fa.id = :agreementId)", "agreementId");
        if (filter.isMine()) {
            where.and("exists (select mp.id from Partner mp where mp.proposal = p and mp.state <> :declinedPartner"
                    + " and mp.organisation.id in :mine)")
                    .bind("declinedPartner", PartnerState.DECLINED)
                    .bind("mine", Where.idsOrNone(accessPolicy.organisationIdsOf(viewer)));
        }
        return where.query(entityManager, select + " from ProjectProposal p", order, type);
    }

    /** The ids among {@code ids} of the proposals the viewer may see, in one query (notifications, discussions). */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        return audience.visibleAmong(viewer, AudienceType.PROPOSAL, ids);
    }

    /** The ids among {@code ids} of the proposals whose workspace the viewer may open, in one query. */
    public Set<Long> workspacesAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        if (ids.isEmpty() || viewer.isVisitor() && !viewer.admin()) {
            return Set.of();
        }
        Where where = new Where().and("p.id in :ids", "ids", ids);
        if (!viewer.admin()) {
            inConsortium(where, viewer);
        }
        return new HashSet<>(where.query(entityManager, "select p.id from ProjectProposal p", "", Long.class).getResultList());
    }

    /**
     * Adds the condition that the viewer works for one of the accepted partners of the proposal aliased {@code p}
     * (admins are the callers' to let through).
     */
    static Where inConsortium(Where where, Viewer viewer) {
        return where.and(IN_CONSORTIUM)
                .bind("acceptedPartner", PartnerState.ACCEPTED)
                .bind("consortiumMember", viewer.personId())
                .bind("approvedMember", MembershipStatus.APPROVED);
    }

    /** Who answers for a proposal in its discussions: its contact person. */
    public Set<Long> contactOf(long id) {
        ProjectProposal proposal = entityManager.find(ProjectProposal.class, id);
        return proposal == null || proposal.getContact() == null ? Set.of() : Set.of(proposal.getContact().getId());
    }

    /** The proposal, if the viewer may see it: to anyone else it does not exist. */
    public Optional<ProjectProposal> find(@NotNull Viewer viewer, @NotNull Long id) {
        return audience.find(viewer, AudienceType.PROPOSAL, ProjectProposal.class, id);
    }

    /**
     * The proposal for its workspace, only for the people of its accepted partners and admins; to anyone else it
     * does not exist (and the attempt is audited as a refusal).
     */
    public Optional<ProjectProposal> findWorkspace(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = entityManager.find(ProjectProposal.class, id);
        if (proposal == null || !canWork(viewer, proposal)) {
            auditLog.refusal(viewer, "Workspace of proposal " + id);
            return Optional.empty();
        }
        return Optional.of(proposal);
    }

    /** The proposal whose workspace the viewer works in, or a refusal (audited once, by {@link #findWorkspace}). */
    public ProjectProposal getWorkspace(@NotNull Viewer viewer, @NotNull Long id) {
        return findWorkspace(viewer, id).orElseThrow(() -> AccessDeniedException.audited("Workspace of proposal " + id));
    }

    /** The proposal to change: refused, and audited as a refusal, to whoever is not of the lead organisation. */
    public ProjectProposal getLed(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = entityManager.find(ProjectProposal.class, id);
        if (proposal == null || !canLead(viewer, proposal)) {
            throw auditLog.refusal(viewer, "Proposal " + id);
        }
        return proposal;
    }

    /** The people of an accepted partner organisation, and admins: they open the workspace. */
    public boolean canWork(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        if (viewer.admin()) {
            return true;
        }
        if (viewer.isVisitor()) {
            return false;
        }
        return inConsortium(new Where().and("p.id = :proposal", "proposal", proposal.getId()), viewer)
                .query(entityManager, "select count(p) from ProjectProposal p", "", Long.class)
                .getSingleResult() > 0;
    }

    /** The people of the lead organisation, and admins: they change the proposal and lead its consortium. */
    public boolean canLead(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        return viewer.admin() || accessPolicy.worksFor(viewer, proposal.getLead());
    }

    /** The person who acts: refused to a visitor (who can change nothing) and to an id no person has. */
    public Person actor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            throw auditLog.refusal(viewer, "A visitor");
        }
        return Optional.ofNullable(entityManager.find(Person.class, viewer.personId()))
                .orElseThrow(() -> auditLog.refusal(viewer, "Unknown person " + viewer.personId()));
    }

    /**
     * Keeps who may see the proposal in step with it as this transaction left it: every change of its reach,
     * agreements or partners (asked, invited, decided) calls this before it commits.
     */
    public void keepAudience(@NotNull Long id) {
        ProjectProposal proposal = entityManager.find(ProjectProposal.class, id);
        audience.keep(AudienceType.PROPOSAL, id, proposal.audience());
    }

    /** The organisations the viewer works for (approved): they lead proposals and ask to join for them. */
    public List<Organisation> organisationsOf(@NotNull Viewer viewer) {
        return accessPolicy.organisationsOf(viewer);
    }

    /** The viewer's organisations that may still ask to join: not yet partners (or declined before). */
    public List<Organisation> joinableFor(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        if (!proposal.getStatus().isOpen()) {
            return List.of();
        }
        return organisationsOf(viewer).stream()
                .filter(organisation -> proposal.partnerOf(organisation).map(p -> p.getState() == PartnerState.DECLINED).orElse(true))
                .toList();
    }

    /** The partnerships the viewer answers for an invited organisation. */
    public List<Partner> invitationsFor(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        List<Long> mine = accessPolicy.organisationIdsOf(viewer);
        return proposal.getPartners().stream()
                .filter(partner -> partner.getState() == PartnerState.INVITED && mine.contains(partner.getOrganisation().getId()))
                .toList();
    }

    /** The agreements an organisation takes part in: it signed, or a cluster it belongs to did. */
    public List<Agreement> agreementsOf(@NotNull List<Organisation> organisations) {
        return accessPolicy.agreementsOf(organisations);
    }
}

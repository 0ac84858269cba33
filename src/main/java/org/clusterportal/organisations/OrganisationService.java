package org.clusterportal.organisations;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The directory of organisations, and who may see, edit and approve one: approved ones are public; filters are
 * applied in the database, and the agreement filter only ever matches an agreement the viewer may see. A proposed
 * organisation is seen only by its proposer and those who may approve it (see {@link OrganisationApprovals}).
 * Entries are written by {@link OrganisationEntries}, logos by {@link OrganisationLogos}; the filters' choices
 * come from {@link DirectoryChoices}.
 */
@Stateless
public class OrganisationService {

    /**
     * A JPQL sub-select: the person {@code :approver} coordinates an agreement that a cluster of the organisation
     * aliased {@code o} signed.
     */
    static final String APPROVABLE = """
            select s.id from Signatory s join s.agreement a join a.coordinators c, Organisation po join po.clusters pc
            where po = o and s.organisation = pc and c.id = :approver""";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private VisibleAgreements visibleAgreements;

    @Inject
    private MembershipService membershipService;

    /** A page of approved organisations matching the filter, by name. */
    public List<Organisation> search(@NotNull Viewer viewer, @NotNull OrganisationFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        return query(viewer, filter, "select o from Organisation o", " order by o.name, o.id", Organisation.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull OrganisationFilter filter) {
        return query(viewer, filter, "select count(o) from Organisation o", "", Long.class).getSingleResult();
    }

    /** Approved organisations matching the filter, by name, with what places them on a map; at most {@code limit}. */
    public List<Located> located(@NotNull Viewer viewer, @NotNull OrganisationFilter filter, @Min(1) int limit) {
        return query(viewer, filter, "select new org.clusterportal.organisations.Located(o.id, o.name, o.kind, o.country,"
                + " o.region, o.city) from Organisation o", " order by o.name, o.id", Located.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private <T> TypedQuery<T> query(Viewer viewer, OrganisationFilter filter, String select, String order, Class<T> type) {
        Where where = new Where().and("o.status = :approved", "approved", OrganisationStatus.APPROVED)
                .andIf(filter.getKind(), "o.kind = :kind", "kind")
                .andIf(filter.getSectorId(), "exists (select s.id from Organisation so join so.sectors s where so = o and s.id = :sector)", "sector")
                .andIf(filter.getCountry(), "o.country = :country", "country")
                .andIf(filter.getRegion(), "o.region = :region", "region")
                .containsWords(SearchWords.of(filter.getWords()), "o.name", "o.description");
        if (filter.getAgreementId() != null) {
            where.and("exists (select sg.id from Signatory sg where sg.agreement.id = :agreement and sg.agreement.id in :visibleAgreements"
                    + " and (sg.organisation = o or exists (select c.id from Organisation oo join oo.clusters c"
                    + " where oo = o and c = sg.organisation)))", "agreement", filter.getAgreementId())
                    .bind("visibleAgreements", visibleAgreements.idsFor(viewer));
        }
        return where.query(entityManager, select, order, type);
    }

    /** An approved organisation; a proposed one only to its proposer and those who may approve it. */
    public Optional<Organisation> find(@NotNull Viewer viewer, @NotNull Long id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id))
                .filter(organisation -> organisation.isApproved() || organisation.isProposedBy(viewer.personId())
                        || canApprove(viewer, organisation));
    }

    /** The organisation if the viewer may see it; to anyone else it does not exist. */
    public Organisation get(@NotNull Viewer viewer, @NotNull Long id) {
        return find(viewer, id).orElseThrow(() -> new AccessDeniedException("Organisation " + id));
    }

    /** The organisation if the viewer may edit it (see {@link #canEdit}); refused otherwise. */
    public Organisation getEditable(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = get(viewer, id);
        if (!canEdit(viewer, organisation)) {
            throw new AccessDeniedException("Organisation " + id);
        }
        return organisation;
    }

    /** Admins, and the coordinators of an agreement signed by one of the organisation's clusters. */
    public boolean canApprove(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        if (viewer.admin()) {
            return true;
        }
        return !viewer.isVisitor() && entityManager.createQuery(
                "select count(o) from Organisation o where o = :organisation and exists (" + APPROVABLE + ")", Long.class)
                .setParameter("organisation", organisation)
                .setParameter("approver", viewer.personId())
                .getSingleResult() > 0;
    }

    /** Admins, the organisation's own administrators, and its proposer while it waits for approval. */
    public boolean canEdit(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        return !organisation.isApproved() && organisation.isProposedBy(viewer.personId())
                || membershipService.mayDecide(viewer, organisation);
    }

    /** The approved members of a cluster, by name. */
    public List<Organisation> membersOf(@NotNull Organisation cluster) {
        return entityManager.createQuery("""
                select o from Organisation o join o.clusters c
                where c = :cluster and o.status = :approved order by o.name""", Organisation.class)
                .setParameter("cluster", cluster)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    /**
     * Approved clusters whose name holds every typed word, by name, at most {@code limit}: the suggestions of the
     * picker of the clusters an organisation belongs to, asked as the person types rather than loaded whole.
     */
    public List<Organisation> clustersNamed(String typed, @Min(1) @Max(50) int limit) {
        List<String> words = SearchWords.of(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        return new Where().and("g.status = :approvedCluster", "approvedCluster", OrganisationStatus.APPROVED)
                .and("g.kind = :clusterKind", "clusterKind", OrganisationKind.CLUSTER)
                .containsWords(words, "g.name")
                .query(entityManager, "select g from Organisation g", " order by g.name, g.id", Organisation.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Approved organisations (the public directory) whose name holds every typed word, by name, at most
     * {@code limit}: the suggestions of the pickers that name an organisation (the offers' owner filter, an
     * agreement's signatories), asked as the person types rather than loaded whole.
     */
    public List<Organisation> approvedNamed(String typed, @Min(1) @Max(50) int limit) {
        List<String> words = SearchWords.of(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        return new Where().and("g.status = :approvedNamed", "approvedNamed", OrganisationStatus.APPROVED)
                .containsWords(words, "g.name")
                .query(entityManager, "select g from Organisation g", " order by g.name, g.id", Organisation.class)
                .setMaxResults(limit)
                .getResultList();
    }
}

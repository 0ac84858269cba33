package org.clusterportal.offers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.Viewer;

/**
 * Finding offers and requests, and who may do what with them. A published offer is seen by everybody when it is
 * public, else by whoever may see one of its agreements ({@link AccessPolicy}); drafts, offers in review and
 * withdrawn offers only by the people of the owning organisation, of the organisations named as its co-providers
 * (who have not declined), its reviewers while in review, and admins. All of it is asked of {@link Audience},
 * whose rows {@link OfferAudience} keeps. Only the owning organisation's people and admins change an offer
 * ({@link #editable}); the other offer services change it through that one guard.
 */
@Stateless
public class OfferService {

    /** Relevance ranks only this many of the newest matches: ranking every match of a common word is slow. */
    static final int RANK_WINDOW = 200;

    /** Counts stop past this many matches ({@link #count}): nobody pages through more; they narrow the search. */
    public static final int COUNT_LIMIT = 1_000;

    /**
     * PostgreSQL's full-text match on the stored column (V8_2) with the prefix query of {@link OfferSearch#prefixQuery}.
     * Written as a comparison with true, which JPQL needs and PostgreSQL's planner folds away, so the GIN index is used.
     */
    private static final String FULL_TEXT_MATCH =
            "SQL('search_vector @@ to_tsquery(''simple'', portal_unaccent(?))', :fullText) = SQL('true')";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private Audience audience;

    @Inject
    private OfferSearch search;

    @Inject
    private AuditLog auditLog;

    /** The offers the viewer may see that match the filter, most recently changed first, a page at a time. */
    public List<Offer> list(@NotNull Viewer viewer, @NotNull @Valid OfferFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        String typed = OfferSearch.prefixQuery(OfferSearch.input(filter.getWords()));
        if (filter.getOrder() == OfferOrder.RELEVANCE && typed != null && search.isFullText() && first < RANK_WINDOW) {
            return byRelevance(viewer, filter, typed, first, pageSize);
        }
        return query(viewer, filter, "select o", " order by o.modified desc, o.id desc", Offer.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /**
     * The newest {@link #RANK_WINDOW} matches, ranked by {@code ts_rank}; later pages continue in date order
     * (they hold older matches anyway). Only the window is ranked, never the whole table.
     */
    private List<Offer> byRelevance(Viewer viewer, OfferFilter filter, String typed, int first, int pageSize) {
        List<Long> candidates = query(viewer, filter, "select o.id", " order by o.modified desc, o.id desc", Long.class)
                .setMaxResults(RANK_WINDOW)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ranked = entityManager.createNativeQuery("""
                select id from offer where id = any(cast(?1 as bigint[]))
                order by ts_rank(search_vector, to_tsquery('simple', portal_unaccent(?2))) desc, modified desc, id desc
                offset ?3 limit ?4""")
                .setParameter(1, candidates.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, typed)
                .setParameter(3, first)
                .setParameter(4, pageSize)
                .getResultList();
        List<Long> ids = ranked.stream().map(Number::longValue).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Offer> byId = entityManager.createQuery("select o from Offer o where o.id in :rankedIds", Offer.class)
                .setParameter("rankedIds", ids)
                .getResultStream()
                .collect(Collectors.toMap(Offer::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * How many offers the viewer may see match the filter, exactly up to {@link #COUNT_LIMIT}; past it
     * {@code COUNT_LIMIT + 1}, which the list shows as "more than": an exact count of a common word visits every
     * match, while this stops at the first {@code COUNT_LIMIT + 1} it finds.
     */
    public long count(@NotNull Viewer viewer, @NotNull @Valid OfferFilter filter) {
        return query(viewer, filter, "select o.id", "", Long.class).setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    /** Whether the viewer may see any offer at all: one row probed, not a count of them all. */
    public boolean anyVisible(@NotNull Viewer viewer) {
        return !query(viewer, new OfferFilter(), "select o.id", "", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    private <T> TypedQuery<T> query(Viewer viewer, OfferFilter filter, String select, String order, Class<T> type) {
        Where where = audience.restrict(new Where(), viewer, AudienceType.OFFER, "o.id");
        String typed = OfferSearch.input(filter.getWords());
        if (typed != null && search.isFullText()) {
            where.andIf(OfferSearch.prefixQuery(typed), FULL_TEXT_MATCH, "fullText");
        }
        else {
            where.containsWords(SearchWords.of(typed), "o.title", "o.summary", "o.descriptionText", "o.keywords");
        }
        where.andIf(filter.getKind(), "o.kind = :kind", "kind")
                .andIf(filter.getCategory(), "o.category = :category", "category")
                .andIf(filter.getAgreementId(), "exists (select fa.id from Offer fo join fo.agreements fa where fo = o and fa.id = :agreementId)",
                        "agreementId")
                .andIf(filter.getOrganisationId(), "o.owner.id = :organisationId", "organisationId")
                .andIf(filter.getRegion(), "o.owner.region = :region", "region")
                .andIf(filter.getSectorId(), "exists (select so.id from Organisation so join so.sectors ss where so = o.owner and ss.id = :sectorId)",
                        "sectorId");
        if (filter.isMine()) {
            // The viewer's organisation ids, bound: o.owner inside a second subquery makes EclipseLink reuse the
            // first one's join alias.
            List<Long> mine = Where.idsOrNone(accessPolicy.organisationIdsOf(viewer));
            where.and("(o.owner.id in :mine or exists (select mc.id from OfferCoProvider mc where mc.offer = o"
                    + " and mc.organisation.id in :mine and mc.answer = :mineConfirmed))")
                    .bind("mine", mine).bind("mineConfirmed", CoProviderAnswer.CONFIRMED);
        }
        if (filter.isOnlyOpen()) {
            where.and("o.status = :openStatus and o.validUntil >= :today").bind("openStatus", OfferStatus.PUBLISHED)
                    .bind("today", LocalDate.now());
        }
        return where.query(entityManager, select + " from Offer o", order, type);
    }

    /** Published offers to the agreements the viewer takes part in, not their own, newest first (the home page's panel). */
    public List<Offer> newInMyAgreements(@NotNull Viewer viewer, @Min(1) @Max(100) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        List<Long> myAgreements = Where.idsOrNone(agreementsOf(ownersFor(viewer)).stream().map(Agreement::getId).toList());
        return entityManager.createQuery("""
                select o from Offer o
                where o.status = :published and o.validUntil >= :today
                  and exists (select no.id from Offer no join no.agreements na where no = o and na.id in :myAgreements)
                  and not exists (select nm.id from Membership nm where nm.organisation = o.owner and nm.person.id = :me and nm.status = :approved)
                order by o.publishedAt desc, o.id desc""", Offer.class)
                .setParameter("published", OfferStatus.PUBLISHED)
                .setParameter("today", LocalDate.now())
                .setParameter("myAgreements", myAgreements)
                .setParameter("me", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The ids among {@code ids} of the offers the viewer may see, in one query (for notifications and discussions). */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        return audience.visibleAmong(viewer, AudienceType.OFFER, ids);
    }

    /** The offer, if the viewer may see it: to anyone else it does not exist. */
    public Optional<Offer> find(@NotNull Viewer viewer, @NotNull Long id) {
        return audience.find(viewer, AudienceType.OFFER, Offer.class, id);
    }

    public boolean canSee(@NotNull Viewer viewer, @NotNull Offer offer) {
        return audience.canSee(viewer, AudienceType.OFFER, offer.getId());
    }

    /** The people of the owning organisation and admins. */
    public boolean canEdit(@NotNull Viewer viewer, @NotNull Offer offer) {
        return viewer.admin() || accessPolicy.worksFor(viewer, offer.getOwner());
    }

    /**
     * The offer to change: refused (and audited as a refusal) to whoever does not work for its organisation. The
     * one guard of every change an owner makes, whichever offer service makes it.
     */
    public Offer editable(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = entityManager.find(Offer.class, id);
        if (offer == null || !canEdit(viewer, offer)) {
            throw auditLog.refusal(viewer, "Offer " + id);
        }
        return offer;
    }

    /** The organisations the viewer may publish offers for: those of their approved memberships. */
    public List<Organisation> ownersFor(@NotNull Viewer viewer) {
        return accessPolicy.organisationsOf(viewer);
    }

    /** The agreements an organisation takes part in: it signed, or a cluster it belongs to did. */
    public List<Agreement> agreementsOf(@NotNull List<Organisation> organisations) {
        return accessPolicy.agreementsOf(organisations);
    }
}

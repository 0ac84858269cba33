package org.clusterportal.offers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.MembershipStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * Offers and requests. A published offer is seen by everybody when it is public, else by whoever may see one
 * of its agreements ({@link AccessPolicy}); drafts and withdrawn offers only by the people of the owning
 * organisation and admins, who are also the only ones to change them. Lists apply this in their query.
 */
@Stateless
public class OfferService {

    private static final int MAX_WORDS = 8;

    /**
     * A JPQL condition on an offer aliased {@code o}: the viewer works for its organisation, or it is published
     * to everybody or to one of the agreements the viewer may see ({@code :visibleAgreements}, found first with
     * {@link AccessPolicy#VISIBLE_AGREEMENT}: nested one level deeper, inside this condition, EclipseLink loses
     * the participants through a member cluster).
     */
    private static final String VISIBLE_OFFER = """
            (exists (select om.id from Membership om where om.organisation = o.owner and om.person.id = :viewer and om.status = :approvedMembership)
             or (o.status = :publishedOffer and (o.reach = :publicReach
                 or exists (select ao.id from Offer ao join ao.agreements va where ao = o and va.id in :visibleAgreements))))""";

    private static final long NOBODY = -1L;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    /** The offers the viewer may see that match the filter, most recently changed first, a page at a time. */
    public List<Offer> list(@NotNull Viewer viewer, @NotNull @Valid OfferFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        return query(viewer, filter, "select o", " order by o.modified desc, o.id desc", Offer.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull @Valid OfferFilter filter) {
        return query(viewer, filter, "select count(o)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Viewer viewer, OfferFilter filter, String select, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        restrictToVisible(viewer, conditions, parameters);
        List<String> words = words(filter.getWords());
        for (int i = 0; i < words.size(); i++) {
            conditions.add("(lower(o.title) like :word%1$d escape '!' or lower(o.summary) like :word%1$d escape '!'"
                    .formatted(i) + " or lower(o.keywords) like :word%1$d escape '!')".formatted(i));
            parameters.put("word" + i, "%" + words.get(i) + "%");
        }
        if (filter.getKind() != null) {
            conditions.add("o.kind = :kind");
            parameters.put("kind", filter.getKind());
        }
        if (filter.getCategory() != null) {
            conditions.add("o.category = :category");
            parameters.put("category", filter.getCategory());
        }
        if (filter.getAgreementId() != null) {
            conditions.add("exists (select fa.id from Offer fo join fo.agreements fa where fo = o and fa.id = :agreementId)");
            parameters.put("agreementId", filter.getAgreementId());
        }
        if (filter.isOnlyOpen()) {
            conditions.add("o.status = :openStatus and o.validUntil >= :today");
            parameters.put("openStatus", OfferStatus.PUBLISHED);
            parameters.put("today", LocalDate.now());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = entityManager.createQuery(select + " from Offer o" + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The ids among {@code ids} of the offers the viewer may see, in one query (for notifications and discussions). */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> conditions = new ArrayList<>(List.of("o.id in :ids"));
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", List.copyOf(ids)));
        restrictToVisible(viewer, conditions, parameters);
        TypedQuery<Long> query = entityManager.createQuery(
                "select o.id from Offer o where " + String.join(" and ", conditions), Long.class);
        parameters.forEach(query::setParameter);
        return new HashSet<>(query.getResultList());
    }

    private void restrictToVisible(Viewer viewer, List<String> conditions, Map<String, Object> parameters) {
        if (viewer.admin()) {
            return;
        }
        conditions.add(VISIBLE_OFFER);
        parameters.put("publishedOffer", OfferStatus.PUBLISHED);
        parameters.put("publicReach", OfferReach.PUBLIC);
        parameters.put("viewer", viewer.findPersonId().orElse(NOBODY));
        parameters.put("approvedMembership", MembershipStatus.APPROVED);
        parameters.put("visibleAgreements", visibleAgreements(viewer));
    }

    /** The ids of the agreements the viewer may see (never empty, so that {@code in} stays valid SQL). */
    private List<Long> visibleAgreements(Viewer viewer) {
        List<Long> ids = new ArrayList<>(AccessPolicy.bind(entityManager.createQuery(
                "select a.id from Agreement a where " + AccessPolicy.VISIBLE_AGREEMENT, Long.class), viewer).getResultList());
        ids.add(NOBODY);
        return ids;
    }

    /** The search words, lower case, with the LIKE wildcards escaped: any input is a normal search. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .map(word -> word.replace("!", "!!").replace("%", "!%").replace("_", "!_"))
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    /** The offer, if the viewer may see it: to anyone else it does not exist. */
    public Optional<Offer> find(@NotNull Viewer viewer, @NotNull Long id) {
        return Optional.ofNullable(entityManager.find(Offer.class, id)).filter(offer -> canSee(viewer, offer));
    }

    private boolean canSee(Viewer viewer, Offer offer) {
        if (canEdit(viewer, offer)) {
            return true;
        }
        return offer.getStatus() == OfferStatus.PUBLISHED
                && (offer.isPublicReach() || offer.getAgreements().stream().anyMatch(agreement -> accessPolicy.canSee(viewer, agreement)));
    }

    /** The people of the owning organisation and admins. */
    public boolean canEdit(@NotNull Viewer viewer, @NotNull Offer offer) {
        return viewer.admin() || worksFor(viewer, offer.getOwner());
    }

    private boolean worksFor(Viewer viewer, Organisation organisation) {
        if (viewer.isVisitor()) {
            return false;
        }
        return entityManager.createQuery("""
                select count(m) from Membership m
                where m.organisation = :organisation and m.person.id = :person and m.status = :approved""", Long.class)
                .setParameter("organisation", organisation)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getSingleResult() > 0;
    }

    /** The organisations the viewer may publish offers for: those of their approved memberships. */
    public List<Organisation> ownersFor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select m.organisation from Membership m
                where m.person.id = :person and m.status = :approved order by m.organisation.name""", Organisation.class)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList();
    }

    /** The agreements an organisation takes part in: it signed, or a cluster it belongs to did. */
    public List<Agreement> agreementsOf(@NotNull List<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct a from Agreement a, Signatory s
                where s.agreement = a and (s.organisation.id in :organisations
                  or exists (select c.id from Organisation mo join mo.clusters c where mo.id in :organisations and c = s.organisation))
                order by a.title""", Agreement.class)
                // Ids, not entities: EclipseLink renders a list of entities in the subquery as their toString().
                .setParameter("organisations", organisations.stream().map(Organisation::getId).toList())
                .getResultList();
    }

    /** A new draft for one of the viewer's organisations, with the viewer as its contact. */
    public Offer create(@NotNull Viewer viewer, @NotNull @Valid OfferForm form) {
        Organisation owner = Optional.ofNullable(entityManager.find(Organisation.class, form.getOwnerId()))
                .filter(organisation -> worksFor(viewer, organisation))
                .orElseThrow(() -> new AccessDeniedException("Offer for organisation " + form.getOwnerId()));
        Offer offer = new Offer(owner, entityManager.find(Person.class, viewer.personId()));
        describe(offer, form);
        entityManager.persist(offer);
        return offer;
    }

    public Offer update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid OfferForm form) {
        Offer offer = editable(viewer, id);
        offer.checkVersion(form.getVersion());
        describe(offer, form);
        return offer;
    }

    public Offer publish(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = editable(viewer, id);
        offer.publish(LocalDate.now());
        return offer;
    }

    public Offer withdraw(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = editable(viewer, id);
        offer.withdraw();
        return offer;
    }

    private void describe(Offer offer, OfferForm form) {
        Set<Agreement> audience = new HashSet<>();
        if (form.getReach() == OfferReach.AGREEMENTS && !form.getAgreementIds().isEmpty()) {
            List<Agreement> allowed = agreementsOf(List.of(offer.getOwner()));
            for (Long agreementId : form.getAgreementIds()) {
                audience.add(allowed.stream().filter(agreement -> agreement.getId().equals(agreementId)).findFirst()
                        .orElseThrow(() -> BusinessException.onField("agreements", "offer.agreements.notTakingPart")));
            }
        }
        offer.describe(form.getKind(), form.getCategory(), form.getTitle().strip(), form.getSummary().strip(),
                OfferForm.blankToNull(form.getDescription()), OfferForm.blankToNull(form.getKeywords()), form.getReach(),
                audience, form.getValidUntil(), LocalDate.now());
    }

    /** The offer to change: refused (and audited as a refusal) to whoever does not work for its organisation. */
    private Offer editable(Viewer viewer, Long id) {
        Offer offer = entityManager.find(Offer.class, id);
        if (offer == null || !canEdit(viewer, offer)) {
            throw new AccessDeniedException("Offer " + id);
        }
        return offer;
    }
}

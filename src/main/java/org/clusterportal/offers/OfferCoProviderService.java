package org.clusterportal.offers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.Viewer;

/**
 * The co-providers of joint offers: organisations taking part in one of the offer's agreements, named by its
 * owner ({@link OfferLifecycleService}), that an administrator of theirs confirms (their name then appears on the
 * offer) or declines (they no longer see it while it is not published to them).
 */
@Stateless
public class OfferCoProviderService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OfferAudience audience;

    @Inject
    private OfferNotices notices;

    @Inject
    private AuditLog auditLog;

    @Inject
    private OfferService offers;

    /** The organisations named on the offer, with their answers, by name. */
    public List<OfferCoProvider> coProvidersOf(@NotNull Offer offer) {
        return entityManager.createQuery(
                "select c from OfferCoProvider c where c.offer = :offer order by c.organisation.name", OfferCoProvider.class)
                .setParameter("offer", offer)
                .getResultList();
    }

    /** The providers people see: the owner and the co-providers who confirmed. */
    public List<Organisation> providersOf(@NotNull Offer offer) {
        List<Organisation> providers = new ArrayList<>(List.of(offer.getOwner()));
        coProvidersOf(offer).stream().filter(OfferCoProvider::isConfirmed).map(OfferCoProvider::getOrganisation)
                .forEach(providers::add);
        return providers;
    }

    /**
     * The organisations among {@code organisationIds} that may be named as co-providers: those taking part in one
     * of the agreements, not the owner. Only the ids asked for are read, however many take part.
     */
    public List<Organisation> candidatesAmong(@NotNull Organisation owner, @NotNull Collection<Long> agreementIds,
            @NotNull Collection<Long> organisationIds) {
        if (agreementIds.isEmpty() || organisationIds.isEmpty()) {
            return List.of();
        }
        return candidates(new Where().and("po.id in :candidateIds", "candidateIds", organisationIds), List.of(owner.getId()),
                agreementIds).getResultList();
    }

    /**
     * The co-provider picker's suggestions, asked as the person types: organisations whose name holds every typed
     * word and that take part in an agreement of the offer's owner (of an offer the viewer may change) or, for a
     * new offer, of one of the viewer's organisations, which are not suggested themselves. The service accepts
     * only those of the agreements finally chosen.
     */
    public List<Organisation> candidatesNamed(@NotNull Viewer viewer, Long offerId, String typed, @Min(1) @Max(50) int limit) {
        List<String> words = SearchWords.of(typed);
        List<Organisation> owners = offerId == null ? offers.ownersFor(viewer) : List.of(offers.editable(viewer, offerId).getOwner());
        if (words.isEmpty() || owners.isEmpty()) {
            return List.of();
        }
        List<Long> agreementIds = offers.agreementsOf(owners).stream().map(Agreement::getId).toList();
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return candidates(new Where().containsWords(words, "po.name"), owners.stream().map(Organisation::getId).toList(),
                agreementIds).setMaxResults(limit).getResultList();
    }

    private TypedQuery<Organisation> candidates(Where where, List<Long> ownerIds, Collection<Long> agreementIds) {
        return where.and("po.id not in :candidateOwners", "candidateOwners", ownerIds)
                .and("exists (select s.id from Signatory s where s.agreement.id in :candidateAgreements and (s.organisation = po"
                        + " or exists (select pc.id from Organisation pm join pm.clusters pc where pm = po and pc = s.organisation)))")
                .bind("candidateAgreements", agreementIds)
                .query(entityManager, "select po from Organisation po", " order by po.name, po.id", Organisation.class);
    }

    /** The co-provider requests the viewer, as administrator of the named organisation, may answer. */
    public List<OfferCoProvider> requests(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select c from OfferCoProvider c, Membership m
                where m.organisation = c.organisation and m.person.id = :administrator and m.status = :approved
                  and m.role = :administratorRole and c.answer = :asked
                order by c.created""", OfferCoProvider.class)
                .setParameter("administrator", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setParameter("administratorRole", MembershipRole.ADMINISTRATOR)
                .setParameter("asked", CoProviderAnswer.ASKED)
                .setMaxResults(100)
                .getResultList();
    }

    /**
     * The ids of the offer's co-providers the viewer answers for (administers), in one query: a page asks once,
     * not per row.
     */
    public Set<Long> answerableBy(@NotNull Viewer viewer, @NotNull Offer offer) {
        if (viewer.isVisitor()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("""
                select c.id from OfferCoProvider c, Membership m
                where c.offer = :offer and m.organisation = c.organisation and m.person.id = :administrator
                  and m.status = :approved and m.role = :administratorRole""", Long.class)
                .setParameter("offer", offer)
                .setParameter("administrator", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setParameter("administratorRole", MembershipRole.ADMINISTRATOR)
                .getResultList());
    }

    /** An administrator of the named organisation confirms (its name then appears on the offer) or declines. */
    public OfferCoProvider answer(@NotNull Viewer viewer, @NotNull Long coProviderId, boolean confirm) {
        OfferCoProvider coProvider = entityManager.find(OfferCoProvider.class, coProviderId);
        if (coProvider == null || !answerableBy(viewer, coProvider.getOffer()).contains(coProviderId)) {
            throw auditLog.refusal(viewer, "Co-provision " + coProviderId);
        }
        coProvider.answer(confirm, entityManager.find(Person.class, viewer.personId()));
        Offer offer = coProvider.getOffer();
        audience.keep(offer);
        notices.tell(NoticeKind.CO_PROVIDER_ANSWERED, notices.ownerSide(offer), offer, viewer, null);
        return coProvider;
    }
}

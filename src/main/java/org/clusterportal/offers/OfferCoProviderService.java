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
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.audit.AuditLog;
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

    /** Organisations that may be named as co-providers: those taking part in one of the agreements, not the owner. */
    public List<Organisation> candidates(@NotNull Organisation owner, @NotNull Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct po from Organisation po, Signatory s
                where s.agreement.id in :candidateAgreements and po.id <> :candidateOwner
                  and (s.organisation = po or exists (select pc.id from Organisation pm join pm.clusters pc where pm = po and pc = s.organisation))
                order by po.name""", Organisation.class)
                .setParameter("candidateAgreements", List.copyOf(agreementIds))
                .setParameter("candidateOwner", owner.getId())
                .getResultList();
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

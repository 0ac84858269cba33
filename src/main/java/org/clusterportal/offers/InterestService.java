package org.clusterportal.offers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * Expressions of interest: a person who sees a published offer, and does not work for its organisation, sends
 * one; the organisation's people move it on (a meeting, an agreement, declined) with notes both sides read.
 * Each side is told of the other's step.
 */
@Stateless
public class InterestService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OfferService offers;

    @Inject
    private OfferNotices notices;

    @Inject
    private AuditLog auditLog;

    /**
     * Whether the viewer may send interest: they see the published offer and neither work for its organisation
     * nor administer the portal (admins answer interests, they do not send them).
     */
    public boolean canExpressInterest(@NotNull Viewer viewer, @NotNull Offer offer) {
        return !viewer.isVisitor() && offer.statusOn(LocalDate.now()) == OfferStatus.PUBLISHED && !offers.canEdit(viewer, offer)
                && offers.canSee(viewer, offer);
    }

    /**
     * Sends the viewer's interest; one per person and offer. A second one (a double click that raced past the
     * look-up too) gets the normal answer, never an error page.
     */
    public ExpressionOfInterest expressInterest(@NotNull Viewer viewer, @NotNull Long offerId, @NotNull @Valid InterestForm form) {
        Offer offer = offers.find(viewer, offerId).orElseThrow(() -> auditLog.refusal(viewer, "Interest in offer " + offerId));
        if (!canExpressInterest(viewer, offer)) {
            throw new BusinessException("interest.notPossible");
        }
        if (findInterest(viewer, offer).isPresent()) {
            throw new BusinessException("interest.already");
        }
        List<Organisation> own = offers.ownersFor(viewer);
        ExpressionOfInterest interest = new ExpressionOfInterest(offer, entityManager.find(Person.class, viewer.personId()),
                own.isEmpty() ? null : own.get(0), form.getCooperation(), form.getMessage().strip());
        try {
            entityManager.persist(interest);
            entityManager.flush();
        }
        catch (PersistenceException sameInterestAtOnce) {
            throw new BusinessException("interest.already");
        }
        notices.tell(NoticeKind.INTEREST_RECEIVED, notices.ownerSide(offer), offer, viewer, null);
        return interest;
    }

    /** The viewer's own interest in the offer, if they sent one. */
    public Optional<ExpressionOfInterest> findInterest(@NotNull Viewer viewer, @NotNull Offer offer) {
        if (viewer.isVisitor()) {
            return Optional.empty();
        }
        return entityManager.createQuery(
                "select i from ExpressionOfInterest i where i.offer = :offer and i.person.id = :sender", ExpressionOfInterest.class)
                .setParameter("offer", offer)
                .setParameter("sender", viewer.personId())
                .getResultStream().findFirst();
    }

    /** The interests the offer received, newest first: for its organisation's people and admins only. */
    public List<ExpressionOfInterest> interestsIn(@NotNull Viewer viewer, @NotNull Offer offer) {
        if (!offers.canEdit(viewer, offer)) {
            return List.of();
        }
        return entityManager.createQuery(
                "select i from ExpressionOfInterest i where i.offer = :offer order by i.created desc, i.id desc", ExpressionOfInterest.class)
                .setParameter("offer", offer)
                .getResultList();
    }

    /** The owner moves an interest on (with notes both sides read) from the version they saw; the sender is told. */
    public ExpressionOfInterest moveInterest(@NotNull Viewer viewer, @NotNull Long interestId, @NotNull InterestState state,
            String notes, long versionShown) {
        ExpressionOfInterest interest = entityManager.find(ExpressionOfInterest.class, interestId);
        if (interest == null || !offers.canEdit(viewer, interest.getOffer())) {
            throw auditLog.refusal(viewer, "Interest " + interestId);
        }
        interest.checkVersion(versionShown);
        interest.moveTo(state, notes, LocalDate.now());
        notices.tell(NoticeKind.INTEREST_ANSWERED, Set.of(interest.getPerson().getId()), interest.getOffer(), viewer, null);
        return interest;
    }

    /** New interests in the offers of the viewer's organisations, oldest first (the home page's panel). */
    public List<ExpressionOfInterest> interestsWaiting(@NotNull Viewer viewer, @Min(1) @Max(100) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select i from ExpressionOfInterest i
                where i.state = :newState and exists (select wm.id from Membership wm
                      where wm.organisation = i.offer.owner and wm.person.id = :waiting and wm.status = :approved)
                order by i.created, i.id""", ExpressionOfInterest.class)
                .setParameter("newState", InterestState.NEW)
                .setParameter("waiting", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setMaxResults(limit)
                .getResultList();
    }
}

package org.clusterportal.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.OfferReview;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * Review of offers to agreements that ask for it: the agreement's coordinators (and admins) see what waits,
 * approve it (it is published) or return it to draft with a comment. Its organisation is told either way.
 */
@Stateless
public class OfferReviewService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OfferAudience audience;

    @Inject
    private OfferNotices notices;

    @Inject
    private AuditLog auditLog;

    /** Admins and the coordinators of one of its agreements that asks for review, while it is in review. */
    public boolean canReview(@NotNull Viewer viewer, @NotNull Offer offer) {
        if (offer.getStatus() != OfferStatus.IN_REVIEW || viewer.isVisitor()) {
            return false;
        }
        return viewer.admin() || offer.reviewerIds().contains(viewer.personId());
    }

    public Offer approve(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = reviewable(viewer, id);
        offer.approve(LocalDate.now(), Instant.now());
        audience.keep(offer);
        notices.tell(NoticeKind.OFFER_APPROVED, notices.ownerSide(offer), offer, viewer, null);
        auditLog.record(viewer, AuditAction.OFFER_APPROVED, "offer", offer.getId(), offer.getTitle(), null);
        return offer;
    }

    /** Back to its organisation as a draft, with the coordinator's comment (required). */
    public Offer returnToDraft(@NotNull Viewer viewer, @NotNull Long id, String comment) {
        Offer offer = reviewable(viewer, id);
        offer.returnToDraft(comment);
        audience.keep(offer);
        notices.tell(NoticeKind.OFFER_RETURNED, notices.ownerSide(offer), offer, viewer, offer.getReviewComment());
        auditLog.record(viewer, AuditAction.OFFER_RETURNED, "offer", offer.getId(), offer.getTitle(), offer.getReviewComment());
        return offer;
    }

    private Offer reviewable(Viewer viewer, Long id) {
        Offer offer = entityManager.find(Offer.class, id);
        if (offer == null) {
            throw auditLog.refusal(viewer, "Review of offer " + id);
        }
        if (offer.getStatus() != OfferStatus.IN_REVIEW) {
            throw new BusinessException("offer.notInReview");
        }
        if (!canReview(viewer, offer)) {
            throw auditLog.refusal(viewer, "Review of offer " + id);
        }
        return offer;
    }

    /**
     * A page of the offers waiting for this viewer's review, oldest first: all for admins, else those of
     * agreements they coordinate that ask for review.
     */
    public List<Offer> queue(@NotNull Viewer viewer, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return queueQuery(viewer, "select o", " order by o.modified, o.id", Offer.class)
                // The page shows each offer's agreements: read for the whole page in one query, not one per row.
                .setHint("eclipselink.batch", "o.agreements")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /** How many offers wait for this viewer's review. */
    public long queueSize(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return 0;
        }
        return queueQuery(viewer, "select count(o)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> queueQuery(Viewer viewer, String select, String order, Class<T> type) {
        String coordinated = viewer.admin() ? "" : " and exists (select ro.id from Offer ro join ro.agreements ra join ra.coordinators rc"
                + " where ro = o and ra.offerReview = :reviewRequired and rc.id = :reviewer)";
        TypedQuery<T> query = entityManager.createQuery(select + " from Offer o where o.status = :inReview" + coordinated + order, type)
                .setParameter("inReview", OfferStatus.IN_REVIEW);
        if (!viewer.admin()) {
            query.setParameter("reviewRequired", OfferReview.REQUIRED)
                    .setParameter("reviewer", viewer.personId());
        }
        return query;
    }
}

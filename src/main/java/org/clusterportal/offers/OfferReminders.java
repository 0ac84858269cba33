package org.clusterportal.offers;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.NoticeKind;

/**
 * Once a day: reminds owners of offers that expire within a week, tells them of those that have just expired
 * (they leave the lists; a renewal brings them back), and asks them how the meetings and agreements of 3 and 6
 * months ago turned out. Each notice is recorded on its row, so none is sent twice.
 */
@Singleton
public class OfferReminders {

    private static final Logger LOG = Logger.getLogger(OfferReminders.class.getName());

    /** Days before its date when the owner is reminded that an offer expires. */
    static final int EXPIRY_NOTICE_DAYS = 7;

    /** How long after its date an expired offer is still news to its owner (a portal down for days catches up). */
    static final int EXPIRED_NOTICE_DAYS = 7;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OfferNotices notices;

    @Schedule(hour = "6", minute = "15", persistent = false)
    void daily() {
        LocalDate today = LocalDate.now();
        int expiring = remindOfExpiry(today);
        int expired = tellExpired(today);
        int followUps = followUpOutcomes(today);
        LOG.info(() -> "Offers: " + expiring + " expiry reminders, " + expired + " expired, " + followUps + " outcome follow-ups");
    }

    /** Reminds the owners of published offers expiring within a week, once per date; returns how many. */
    public int remindOfExpiry(@NotNull LocalDate today) {
        List<Offer> expiring = entityManager.createQuery("""
                select o from Offer o where o.status = :published and o.validUntil between :today and :horizon
                  and (o.remindedFor is null or o.remindedFor <> o.validUntil)""", Offer.class)
                .setParameter("published", OfferStatus.PUBLISHED)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(EXPIRY_NOTICE_DAYS))
                .getResultList();
        int reminded = 0;
        for (Offer offer : expiring) {
            if (offer.remindOfExpiry(today, EXPIRY_NOTICE_DAYS)) {
                notices.tell(NoticeKind.OFFER_EXPIRING, notices.ownerSide(offer), offer, null, null);
                reminded++;
            }
        }
        return reminded;
    }

    /** Tells the owners of published offers whose date passed in the last week that they expired, once per date; returns how many. */
    public int tellExpired(@NotNull LocalDate today) {
        List<Offer> expired = entityManager.createQuery("""
                select o from Offer o where o.status = :published and o.validUntil < :today and o.validUntil >= :since
                  and (o.expiryToldFor is null or o.expiryToldFor <> o.validUntil)""", Offer.class)
                .setParameter("published", OfferStatus.PUBLISHED)
                .setParameter("today", today)
                .setParameter("since", today.minusDays(EXPIRED_NOTICE_DAYS))
                .getResultList();
        int told = 0;
        for (Offer offer : expired) {
            if (offer.tellExpired(today, EXPIRED_NOTICE_DAYS)) {
                notices.tell(NoticeKind.OFFER_EXPIRED, notices.ownerSide(offer), offer, null, null);
                told++;
            }
        }
        return told;
    }

    /**
     * Asks the owners to confirm the outcome of interests that reached a meeting or an agreement 3 and 6 months
     * ago, and records that it asked; returns how many it asked about.
     */
    public int followUpOutcomes(@NotNull LocalDate today) {
        List<ExpressionOfInterest> due = entityManager.createQuery("""
                select i from ExpressionOfInterest i where i.state in :outcomes and i.followUps < :maxFollowUps
                  and i.outcomeSince <= :threeMonthsAgo""", ExpressionOfInterest.class)
                .setParameter("outcomes", List.of(InterestState.MEETING_ARRANGED, InterestState.AGREEMENT_REACHED))
                .setParameter("maxFollowUps", ExpressionOfInterest.FOLLOW_UP_MONTHS.length)
                .setParameter("threeMonthsAgo", today.minusMonths(ExpressionOfInterest.FOLLOW_UP_MONTHS[0]))
                .getResultList();
        int asked = 0;
        for (ExpressionOfInterest interest : due) {
            if (interest.followUpDue(today)) {
                notices.tell(NoticeKind.OUTCOME_FOLLOW_UP, notices.ownerSide(interest.getOffer()), interest.getOffer(), null, null);
                asked++;
            }
        }
        return asked;
    }
}

package org.clusterportal.offers;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.platform.security.Viewer;

/** Who hears of what happens to an offer, told in the transaction of the change: the one way the offer services fire {@link Notice}s. */
@Dependent
class OfferNotices {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<Notice> notices;

    /** Tells the recipients, never the actor ({@code null} when the portal acts: a reminder). */
    void tell(NoticeKind kind, Set<Long> recipients, Offer offer, Viewer actor, String text) {
        Long actorId = actor == null ? null : actor.personId();
        Set<Long> others = new HashSet<>(recipients);
        others.remove(actorId);
        if (!others.isEmpty()) {
            notices.fire(new Notice(kind, others, new Subject(SubjectType.OFFER, offer.getId(), offer.getTitle()), actorId, text));
        }
    }

    /** Who hears about an offer on its organisation's side: its contact person and the organisation's administrators. */
    Set<Long> ownerSide(Offer offer) {
        Set<Long> recipients = administratorsOf(offer.getOwner());
        recipients.add(offer.getContact().getId());
        return recipients;
    }

    /** The approved administrators of the organisation. */
    Set<Long> administratorsOf(Organisation organisation) {
        return new HashSet<>(entityManager.createQuery("""
                select m.person.id from Membership m
                where m.organisation = :organisation and m.status = :approved and m.role = :administratorRole""", Long.class)
                .setParameter("organisation", organisation)
                .setParameter("approved", MembershipStatus.APPROVED)
                .setParameter("administratorRole", MembershipRole.ADMINISTRATOR)
                .getResultList());
    }
}

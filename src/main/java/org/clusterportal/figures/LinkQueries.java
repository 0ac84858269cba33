package org.clusterportal.figures;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.clusterportal.offers.CoProviderAnswer;
import org.clusterportal.offers.InterestState;
import org.clusterportal.proposals.PartnerState;

/**
 * The pairs of organisations that did something together in the period, grouped in the database by pair and
 * kind: an interest of one in the other's offer that reached a meeting or an agreement, a co-provided offer, a
 * consortium both are in, and (from the tally's attendance) an event of one attended by people of the other.
 */
final class LinkQueries {

    private static final List<InterestState> OUTCOMES = List.of(InterestState.MEETING_ARRANGED, InterestState.AGREEMENT_REACHED);

    private final EntityManager entityManager;
    private final Subjects subjects;

    LinkQueries(EntityManager entityManager, Subjects subjects) {
        this.entityManager = entityManager;
        this.subjects = subjects;
    }

    /** Every pair found, as (kind ordinal, one id, other id, times); pairs within one cluster are dropped later. */
    void addTo(LinkTally links, Tally tally) {
        for (Object[] row : subjects.interests(Subjects.Side.BOTH).and("i.state in :outcomes", "outcomes", OUTCOMES)
                .query(entityManager, "select i.organisation.id, i.offer.owner.id, count(i) from ExpressionOfInterest i",
                        " group by i.organisation.id, i.offer.owner.id", Object[].class).getResultList()) {
            if (row[0] != null) {
                links.add(LinkKind.INTEREST, number(row[0]), number(row[1]), number(row[2]));
            }
        }
        for (Object[] row : subjects.offers("o", "o.publishedAt").and("c.answer = :linkConfirmed", "linkConfirmed", CoProviderAnswer.CONFIRMED)
                .query(entityManager, "select o.owner.id, c.organisation.id, count(c) from OfferCoProvider c join c.offer o",
                        " group by o.owner.id, c.organisation.id", Object[].class).getResultList()) {
            links.add(LinkKind.JOINT_OFFER, number(row[0]), number(row[1]), number(row[2]));
        }
        for (Object[] row : subjects.proposalsAlive()
                .and("a.proposal = p and b.proposal = p and a.organisation.id < b.organisation.id and a.state = :partnerIn and b.state = :partnerIn",
                        "partnerIn", PartnerState.ACCEPTED)
                .query(entityManager, "select a.organisation.id, b.organisation.id, count(p) from ProjectProposal p, Partner a, Partner b",
                        " group by a.organisation.id, b.organisation.id", Object[].class).getResultList()) {
            links.add(LinkKind.CONSORTIUM, number(row[0]), number(row[1]), number(row[2]));
        }
        for (long[] row : tally.attendance) {
            links.add(LinkKind.EVENT, row[0], row[1], row[2]);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

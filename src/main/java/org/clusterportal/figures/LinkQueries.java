package org.clusterportal.figures;

import jakarta.persistence.EntityManager;

import org.clusterportal.proposals.PartnerState;

/**
 * The pairs of organisations that did something together in the period, grouped in the database by pair and
 * kind: a consortium both are in (asked here), and from the tally's grouped rows an interest of one in the
 * other's offer that reached a meeting or an agreement, a co-provided offer and an event of one attended by
 * people of the other.
 */
final class LinkQueries {


    private final EntityManager entityManager;
    private final Subjects subjects;

    LinkQueries(EntityManager entityManager, Subjects subjects) {
        this.entityManager = entityManager;
        this.subjects = subjects;
    }

    /** Every pair found, as (kind, one id, other id, times); pairs within one cluster are dropped later. */
    void addTo(LinkTally links, Tally tally) {
        for (Tally.Together pair : tally.together) {
            links.add(pair.kind(), pair.one(), pair.other(), pair.times());
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

package org.clusterportal.figures;

import static org.clusterportal.figures.FigureKeys.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.clusterportal.events.EventStatus;
import org.clusterportal.events.EventType;
import org.clusterportal.events.RegistrationState;
import org.clusterportal.offers.CoProviderAnswer;
import org.clusterportal.offers.InterestState;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.proposals.PartnerState;
import org.clusterportal.proposals.ProposalStatus;

/**
 * The grouped queries behind the figures of one scope and period: one query per group of figures, each grouped
 * in the database (never a row per fact to Java), each restricted to what the viewer may see by {@link Subjects}.
 */
final class ActivityQueries {

    /** Events that took place or will: not drafts, not cancelled. */
    static final List<EventStatus> HELD = List.of(EventStatus.PUBLISHED, EventStatus.COMPLETED);
    /**
     * A registration marked attended. EclipseLink writes a bound boolean into the SQL as 1 on H2, which H2
     * refuses to compare with a boolean column: the database turns the column into a number itself.
     */
    static final String ATTENDED = "SQL('CASE WHEN ? THEN 1 ELSE 0 END', r.attended) = 1";
    static final List<ProposalStatus> SUBMITTED = List.of(ProposalStatus.SUBMITTED, ProposalStatus.FUNDED, ProposalStatus.REJECTED);

    private final EntityManager entityManager;
    private final Subjects subjects;

    ActivityQueries(EntityManager entityManager, Subjects subjects) {
        this.entityManager = entityManager;
        this.subjects = subjects;
    }

    Tally tally() {
        Tally tally = new Tally();
        offers(tally);
        interests(tally);
        events(tally);
        proposals(tally);
        return tally;
    }

    private List<Object[]> rows(Where where, String selectFrom, String groupBy) {
        return where.query(entityManager, selectFrom, groupBy, Object[].class).getResultList();
    }

    private long single(Where where, String selectFrom) {
        Number count = where.query(entityManager, selectFrom, "", Number.class).getSingleResult();
        return count == null ? 0 : count.longValue();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The year and month in the row's columns {@code at} and {@code at + 1}. */
    private static YearMonth month(Object[] row, int at) {
        return YearMonth.of((int) number(row[at]), (int) number(row[at + 1]));
    }

    private void offers(Tally tally) {
        // One grouped query for the counts by kind, the months and the organisations that published.
        for (Object[] row : rows(subjects.offers("o", "o.publishedAt"),
                "select o.kind, extract(year from o.publishedAt), extract(month from o.publishedAt), o.owner.id, count(o) from Offer o",
                " group by o.kind, extract(year from o.publishedAt), extract(month from o.publishedAt), o.owner.id")) {
            long count = number(row[4]);
            tally.add(row[0] == OfferKind.REQUEST ? OFFERS_REQUEST : OFFERS_OFFER, count);
            tally.add(OFFERS, count);
            tally.addMonthly(month(row, 1), OFFERS, count);
            tally.actors.add(number(row[3]));
        }
        // Counted once however many co-providers it names: an exists, not a join.
        tally.add(OFFERS_JOINT, single(subjects.offers("o", "o.publishedAt")
                .and("exists (select jc.id from OfferCoProvider jc where jc.offer = o and jc.answer = :jointConfirmed)",
                        "jointConfirmed", CoProviderAnswer.CONFIRMED), "select count(o) from Offer o"));
        for (Object[] row : rows(subjects.offers("o", "o.publishedAt").and("c.answer = :actorConfirmed", "actorConfirmed", CoProviderAnswer.CONFIRMED),
                "select o.owner.id, c.organisation.id, count(c) from OfferCoProvider c join c.offer o", " group by o.owner.id, c.organisation.id")) {
            tally.actors.add(number(row[1]));
            tally.together.add(new Tally.Together(LinkKind.JOINT_OFFER, number(row[0]), number(row[1]), number(row[2])));
        }
    }

    /**
     * One grouped query for every figure of interests: by state, month, the organisation that sent it and the
     * one that received it; an organisation's sent and received are the rows on either side of it.
     */
    private void interests(Tally tally) {
        boolean ofOrganisation = subjects.scope().kind() == Scope.Kind.ORGANISATION;
        for (Object[] row : rows(subjects.interests(),
                "select i.state, extract(year from i.created), extract(month from i.created), i.organisation.id, i.offer.owner.id, count(i)"
                        + " from ExpressionOfInterest i",
                " group by i.state, extract(year from i.created), extract(month from i.created), i.organisation.id, i.offer.owner.id")) {
            InterestState state = (InterestState) row[0];
            Long sender = row[3] == null ? null : number(row[3]);
            long receiver = number(row[4]);
            long count = number(row[5]);
            tally.add(INTERESTS_ALL, count);
            tally.addMonthly(month(row, 1), INTERESTS_ALL, count);
            if (state != InterestState.NEW && state != InterestState.DECLINED) {
                tally.add(INTERESTS_ANSWERED, count);
            }
            if (state.isOutcome()) {
                tally.add(INTERESTS_MEETINGS, count);
            }
            if (state == InterestState.AGREEMENT_REACHED) {
                tally.add(INTERESTS_AGREEMENTS, count);
            }
            if (state == InterestState.DECLINED) {
                tally.add(INTERESTS_DECLINED, count);
            }
            if (ofOrganisation) {
                // Within an agreement or the portal every interest sent is one received.
                tally.add(INTERESTS_SENT, sender != null && subjects.ofScope(sender) ? count : 0);
                tally.add(INTERESTS_RECEIVED, subjects.ofScope(receiver) ? count : 0);
            }
            if (sender != null) {
                tally.actors.add(sender);
                if (state.isOutcome()) {
                    tally.together.add(new Tally.Together(LinkKind.INTEREST, sender, receiver, count));
                }
            }
        }
        if (!ofOrganisation) {
            tally.add(INTERESTS_SENT, tally.count(INTERESTS_ALL));
            tally.add(INTERESTS_RECEIVED, tally.count(INTERESTS_ALL));
        }
    }

    private Where heldEvents(String path) {
        return subjects.events(path).and(path + ".status in :held", "held", HELD);
    }

    private void events(Tally tally) {
        // One grouped query for the counts by type, the seats, the months and the organisers.
        for (Object[] row : rows(heldEvents("e"),
                "select e.type, extract(year from e.startsAt), extract(month from e.startsAt), e.organiser.id, count(e), sum(e.capacity) from Event e",
                " group by e.type, extract(year from e.startsAt), extract(month from e.startsAt), e.organiser.id")) {
            long count = number(row[4]);
            tally.add(eventsOfType((EventType) row[0]), count);
            tally.add(EVENTS, count);
            tally.add(EVENTS_SEATS, number(row[5]));
            tally.addMonthly(month(row, 1), EVENTS, count);
            tally.actors.add(number(row[3]));
        }
        tally.add(EVENTS_REGISTRATIONS, single(heldEvents("e").and("r.state = :confirmed", "confirmed", RegistrationState.CONFIRMED),
                "select count(r) from Registration r join r.event e"));
        tally.add(EVENTS_ATTENDANCE, single(heldEvents("e").and(ATTENDED),
                "select count(r) from Registration r join r.event e"));
        for (Object[] row : rows(heldEvents("e").and(ATTENDED)
                .and("m.person = r.person and m.status = :approvedMember", "approvedMember", MembershipStatus.APPROVED),
                "select e.organiser.id, m.organisation.id, count(r) from Registration r join r.event e, Membership m",
                " group by e.organiser.id, m.organisation.id")) {
            tally.attendance.add(new long[] { number(row[0]), number(row[1]), number(row[2]) });
            tally.actors.add(number(row[1]));
        }
    }

    private void proposals(Tally tally) {
        tally.add(PROPOSALS_STARTED, single(subjects.proposals("p.created"), "select count(p) from ProjectProposal p"));
        tally.add(PROPOSALS_SUBMITTED, single(subjects.proposals("p.deadline").and("p.status in :submitted", "submitted", SUBMITTED),
                "select count(p) from ProjectProposal p"));
        for (Object[] row : rows(subjects.proposals("p.outcomeOn"), "select p.status, count(p) from ProjectProposal p", " group by p.status")) {
            if (row[0] == ProposalStatus.FUNDED) {
                tally.add(PROPOSALS_FUNDED, number(row[1]));
            }
            else if (row[0] == ProposalStatus.REJECTED) {
                tally.add(PROPOSALS_REJECTED, number(row[1]));
            }
        }
        for (Object[] row : rows(subjects.proposals("p.outcomeOn").and("p.status = :funded and p.estimatedBudget is not null", "funded",
                ProposalStatus.FUNDED), "select p.currency, sum(p.estimatedBudget) from ProjectProposal p", " group by p.currency")) {
            tally.fundedBudget.put((String) row[0], (BigDecimal) row[1]);
        }
        for (Object[] row : rows(subjects.proposals("p.created"),
                "select extract(year from p.created), extract(month from p.created), count(p) from ProjectProposal p",
                " group by extract(year from p.created), extract(month from p.created)")) {
            tally.addMonthly(month(row, 0), PROPOSALS_STARTED, number(row[2]));
        }
        for (Object[] row : rows(subjects.proposalsAlive().and("pa.proposal = p and pa.state = :actorAccepted", "actorAccepted", PartnerState.ACCEPTED),
                "select pa.organisation.id, count(p) from Partner pa, ProjectProposal p", " group by pa.organisation.id")) {
            tally.actors.add(number(row[0]));
        }
    }
}

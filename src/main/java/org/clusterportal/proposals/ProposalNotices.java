package org.clusterportal.proposals;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.platform.security.Viewer;

/**
 * What the proposals' services tell people, and whom: the people of some organisations, or of the consortium.
 * Fired in the caller's transaction, so a change that rolls back tells nobody. Only the services of this
 * package use it (its methods are package-private): it checks nothing itself.
 */
@Dependent
class ProposalNotices {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<Notice> notices;

    /** Tells the people of what the actor did, never the actor; nobody left, nothing fired. */
    void tell(NoticeKind kind, Set<Long> people, ProjectProposal proposal, Viewer actor, String text) {
        Set<Long> recipients = new HashSet<>(people);
        actor.findPersonId().ifPresent(recipients::remove);
        if (!recipients.isEmpty()) {
            notices.fire(new Notice(kind, recipients, subject(proposal), actor.personId(), text));
        }
    }

    /** Tells the people of something the portal noticed (a deadline, a due item); whether anyone was told. */
    boolean remind(NoticeKind kind, Set<Long> people, ProjectProposal proposal, String text) {
        if (people.isEmpty()) {
            return false;
        }
        notices.fire(new Notice(kind, people, subject(proposal), null, text));
        return true;
    }

    /** The people of the proposal's accepted partners. */
    Set<Long> consortiumOf(ProjectProposal proposal) {
        return peopleOf(proposal.acceptedPartners().stream().map(Partner::getOrganisation).toList());
    }

    /** The people who work for the organisations (approved memberships). */
    Set<Long> peopleOf(Collection<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("""
                select m.person.id from Membership m where m.organisation.id in :organisations and m.status = :approved""", Long.class)
                .setParameter("organisations", organisations.stream().map(Organisation::getId).toList())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList());
    }

    Set<Long> peopleOf(Organisation organisation) {
        return peopleOf(List.of(organisation));
    }

    private static Subject subject(ProjectProposal proposal) {
        return new Subject(SubjectType.PROPOSAL, proposal.getId(), proposal.getTitle());
    }
}

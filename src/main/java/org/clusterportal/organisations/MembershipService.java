package org.clusterportal.organisations;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.people.Person;

/**
 * Who works for which organisation. A person asks to join; the organisation's own administrators or an admin
 * decide, name further administrators and remove members; a person may leave. Only approved memberships count.
 */
@Stateless
public class MembershipService {

    /** A JPQL sub-select: the viewer is an approved administrator of the organisation aliased {@code o}. */
    private static final String ADMINISTERS = """
            select adm.id from Membership adm where adm.organisation = o and adm.person.id = :administratorId
            and adm.status = :administratorStatus and adm.role = :administratorRole""";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<Notice> notices;

    /** Asks to join an approved organisation, or asks again after a decline. */
    public Membership request(@NotNull Viewer viewer, @NotNull Long organisationId,
            @Size(max = Membership.MESSAGE_LENGTH) String message) {
        Person person = Optional.ofNullable(viewer.personId()).map(id -> entityManager.find(Person.class, id))
                .orElseThrow(() -> new AccessDeniedException("Joining an organisation"));
        Organisation organisation = Optional.ofNullable(entityManager.find(Organisation.class, organisationId))
                .filter(Organisation::isApproved)
                .orElseThrow(() -> new AccessDeniedException("Organisation " + organisationId));
        String text = message == null || message.isBlank() ? null : message.strip();
        Optional<Membership> existing = find(person, organisation);
        if (existing.isPresent()) {
            existing.get().requestAgain(text);
            tellAdministrators(existing.get(), text);
            return existing.get();
        }
        Membership membership = Membership.request(person, organisation, text);
        entityManager.persist(membership);
        try {
            entityManager.flush();
        }
        catch (PersistenceException sameRequestAtOnce) {
            // A double submit that raced past the look-up: the unique (person, organisation) key said no.
            throw new BusinessException("membership.alreadyRequested");
        }
        tellAdministrators(membership, text);
        return membership;
    }

    /** The organisation's approved administrators hear of a request to join it. */
    private void tellAdministrators(Membership membership, String message) {
        Organisation organisation = membership.getOrganisation();
        Set<Long> administrators = new HashSet<>(entityManager.createQuery("""
                select m.person.id from Membership m where m.organisation = :organisation and m.status = :approved
                and m.role = :administrator""", Long.class)
                .setParameter("organisation", organisation)
                .setParameter("approved", MembershipStatus.APPROVED)
                .setParameter("administrator", MembershipRole.ADMINISTRATOR)
                .getResultList());
        notices.fire(new Notice(NoticeKind.MEMBERSHIP_REQUESTED, administrators,
                new Subject(SubjectType.ORGANISATION, organisation.getId(), organisation.getName()),
                membership.getPerson().getId(), message));
    }

    /** The person who asked hears of the decision, approved or declined. */
    private void tellRequester(Viewer viewer, Membership membership) {
        Organisation organisation = membership.getOrganisation();
        NoticeKind kind = membership.getStatus() == MembershipStatus.APPROVED
                ? NoticeKind.MEMBERSHIP_APPROVED : NoticeKind.MEMBERSHIP_DECLINED;
        notices.fire(new Notice(kind, Set.of(membership.getPerson().getId()),
                new Subject(SubjectType.ORGANISATION, organisation.getId(), organisation.getName()), viewer.personId()));
    }

    public Membership approve(@NotNull Viewer viewer, @NotNull Long membershipId) {
        Membership membership = decidable(viewer, membershipId);
        membership.approve(entityManager.find(Person.class, viewer.personId()), Instant.now());
        audit(viewer, AuditAction.MEMBERSHIP_APPROVED, membership, null);
        tellRequester(viewer, membership);
        return membership;
    }

    public Membership decline(@NotNull Viewer viewer, @NotNull Long membershipId) {
        Membership membership = decidable(viewer, membershipId);
        membership.decline(entityManager.find(Person.class, viewer.personId()), Instant.now());
        audit(viewer, AuditAction.MEMBERSHIP_DECLINED, membership, null);
        tellRequester(viewer, membership);
        return membership;
    }

    /** Names or removes one of the organisation's own administrators. */
    public Membership changeRole(@NotNull Viewer viewer, @NotNull Long membershipId, @NotNull MembershipRole role) {
        Membership membership = decidable(viewer, membershipId);
        membership.changeRole(role);
        audit(viewer, AuditAction.MEMBERSHIP_ROLE_CHANGED, membership, role.name());
        return membership;
    }

    /** A person leaves, or the organisation's administrators (or an admin) remove them. */
    public void remove(@NotNull Viewer viewer, @NotNull Long membershipId) {
        Membership membership = Optional.ofNullable(entityManager.find(Membership.class, membershipId))
                .orElseThrow(() -> new AccessDeniedException("Membership " + membershipId));
        if (!membership.getPerson().getId().equals(viewer.personId()) && !mayDecide(viewer, membership.getOrganisation())) {
            throw new AccessDeniedException("Membership " + membershipId);
        }
        audit(viewer, AuditAction.MEMBERSHIP_REMOVED, membership, null);
        entityManager.remove(membership);
    }

    private void audit(Viewer viewer, AuditAction action, Membership membership, String detail) {
        auditLog.record(viewer, action, "membership", membership.getId(), membership.getPerson().getUsername() + " @ "
                + membership.getOrganisation().getName() + (detail == null ? "" : ": " + detail));
    }

    /** The requests to join that wait for this viewer's decision, oldest first. */
    public List<Membership> requestsFor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        TypedQuery<Membership> query = entityManager.createQuery("""
                select m from Membership m join fetch m.person join fetch m.organisation o
                where m.status = :requested and o.status = :approvedOrganisation"""
                + (viewer.admin() ? "" : " and exists (" + ADMINISTERS + ")") + " order by m.created, m.id", Membership.class)
                .setParameter("requested", MembershipStatus.REQUESTED)
                .setParameter("approvedOrganisation", OrganisationStatus.APPROVED);
        if (!viewer.admin()) {
            bindAdministers(query, viewer);
        }
        return query.getResultList();
    }

    /** The requests to join one organisation, oldest first, if the viewer decides them. */
    public List<Membership> requestsTo(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        if (!mayDecide(viewer, organisation)) {
            return List.of();
        }
        return entityManager.createQuery("""
                select m from Membership m join fetch m.person where m.organisation = :organisation and m.status = :requested
                order by m.created, m.id""", Membership.class)
                .setParameter("organisation", organisation)
                .setParameter("requested", MembershipStatus.REQUESTED)
                .getResultList();
    }

    /** A person's memberships of every status, by organisation name, with the organisations loaded. */
    public List<Membership> ofPerson(@NotNull Long personId) {
        return entityManager.createQuery("""
                select m from Membership m join fetch m.organisation o where m.person.id = :person order by o.name""",
                Membership.class)
                .setParameter("person", personId)
                .getResultList();
    }

    /** The approved people of an organisation, administrators first, for signed-in viewers. */
    public List<Membership> membersOf(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select m from Membership m join fetch m.person p where m.organisation = :organisation and m.status = :approved
                order by m.role, p.lastName, p.firstName""", Membership.class)
                .setParameter("organisation", organisation)
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList();
    }

    /** Admins, and the organisation's own approved administrators. */
    public boolean mayDecide(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        if (viewer.admin()) {
            return true;
        }
        if (viewer.isVisitor()) {
            return false;
        }
        return bindAdministers(entityManager.createQuery(
                "select count(o) from Organisation o where o = :organisation and exists (" + ADMINISTERS + ")", Long.class), viewer)
                .setParameter("organisation", organisation)
                .getSingleResult() > 0;
    }

    private static <T> TypedQuery<T> bindAdministers(TypedQuery<T> query, Viewer viewer) {
        return query.setParameter("administratorId", viewer.personId())
                .setParameter("administratorStatus", MembershipStatus.APPROVED)
                .setParameter("administratorRole", MembershipRole.ADMINISTRATOR);
    }

    private Membership decidable(Viewer viewer, Long membershipId) {
        Membership membership = Optional.ofNullable(entityManager.find(Membership.class, membershipId))
                .orElseThrow(() -> new AccessDeniedException("Membership " + membershipId));
        if (!mayDecide(viewer, membership.getOrganisation())) {
            throw new AccessDeniedException("Membership " + membershipId);
        }
        return membership;
    }

    private Optional<Membership> find(Person person, Organisation organisation) {
        return entityManager.createQuery(
                "select m from Membership m where m.person = :person and m.organisation = :organisation", Membership.class)
                .setParameter("person", person)
                .setParameter("organisation", organisation)
                .getResultStream()
                .findFirst();
    }
}

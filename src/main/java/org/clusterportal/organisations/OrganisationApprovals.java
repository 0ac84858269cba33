package org.clusterportal.organisations;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * Who comes into the directory and who leaves it: a proposal waits for an admin, or a coordinator of an agreement
 * that one of the new organisation's clusters signed, who approves or declines it; admins remove an organisation
 * that nothing depends on.
 */
@Stateless
public class OrganisationApprovals {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private AuditLog auditLog;

    @Inject
    private FileStore fileStore;

    @Inject
    private Event<DirectoryChange> directoryChange;

    /** The proposer's request to join is approved with the organisation. */
    public Organisation approve(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = proposal(viewer, id);
        Person approver = entityManager.find(Person.class, viewer.personId());
        Instant now = Instant.now();
        organisation.approve(approver, now);
        auditLog.record(viewer, AuditAction.ORGANISATION_APPROVED, "organisation", id, organisation.getName());
        membershipsOf(organisation).stream()
                .filter(membership -> membership.getPerson().equals(organisation.getProposedBy()) && membership.isRequested())
                .forEach(membership -> membership.approve(approver, now));
        directoryChange.fire(DirectoryChange.PLACES);
        return organisation;
    }

    /** A declined proposal is removed, so that the name can be proposed again, correctly. */
    public void decline(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = proposal(viewer, id);
        auditLog.record(viewer, AuditAction.ORGANISATION_DECLINED, "organisation", id, organisation.getName());
        delete(organisation);
    }

    private Organisation proposal(Viewer viewer, Long id) {
        Organisation organisation = organisationService.get(viewer, id);
        if (!organisationService.canApprove(viewer, organisation)) {
            throw new AccessDeniedException("Approving organisation " + id);
        }
        if (organisation.isApproved()) {
            throw new BusinessException("organisation.alreadyApproved");
        }
        return organisation;
    }

    /**
     * Admins remove an organisation that nothing depends on; otherwise the refusal says what still does
     * (agreements signed, people, member organisations).
     */
    public void remove(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = organisationService.get(viewer, id);
        if (!viewer.admin()) {
            throw new AccessDeniedException("Removing organisation " + id);
        }
        long agreements = count("select count(s) from Signatory s where s.organisation = :organisation", organisation);
        long people = count("select count(m) from Membership m where m.organisation = :organisation and m.status = :approved",
                organisation);
        long members = count("select count(o) from Organisation o join o.clusters c where c = :organisation", organisation);
        if (agreements + people + members > 0) {
            throw new BusinessException("organisation.remove.blocked", agreements, people, members);
        }
        auditLog.record(viewer, AuditAction.ORGANISATION_REMOVED, "organisation", id, organisation.getName());
        delete(organisation);
        if (organisation.isApproved()) {
            directoryChange.fire(DirectoryChange.PLACES);
        }
    }

    private long count(String jpql, Organisation organisation) {
        TypedQuery<Long> query = entityManager.createQuery(jpql, Long.class).setParameter("organisation", organisation);
        if (jpql.contains(":approved")) {
            query.setParameter("approved", MembershipStatus.APPROVED);
        }
        return query.getSingleResult();
    }

    private void delete(Organisation organisation) {
        organisation.removeLogo().ifPresent(fileStore::deleteAfterCommit);
        membershipsOf(organisation).forEach(entityManager::remove);
        entityManager.remove(organisation);
    }

    private List<Membership> membershipsOf(Organisation organisation) {
        return entityManager.createQuery("select m from Membership m where m.organisation = :organisation", Membership.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    /** The proposals waiting for this viewer's decision, oldest first. */
    public List<Organisation> proposalsFor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        String jpql = "select o from Organisation o where o.status = :proposed"
                + (viewer.admin() ? "" : " and exists (" + OrganisationService.APPROVABLE + ")") + " order by o.created, o.id";
        TypedQuery<Organisation> query = entityManager.createQuery(jpql, Organisation.class)
                .setParameter("proposed", OrganisationStatus.PROPOSED);
        if (!viewer.admin()) {
            query.setParameter("approver", viewer.personId());
        }
        return query.getResultList();
    }
}

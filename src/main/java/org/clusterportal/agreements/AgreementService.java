package org.clusterportal.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.organisations.OrganisationStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * Cooperation agreements. Every method takes the viewer and applies {@link AccessPolicy}: lists and look-ups
 * show only what the viewer may see, changes are refused to whoever may not make them.
 */
@Stateless
public class AgreementService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private AuditLog auditLog;

    @Inject
    private OrganisationService organisations;

    /** The agreements the viewer may see, newest signature first, a page at a time. */
    public List<Agreement> list(@NotNull Viewer viewer, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return AccessPolicy.bind(entityManager.createQuery(
                "select a from Agreement a where " + AccessPolicy.VISIBLE_AGREEMENT
                        + " order by a.signedOn desc, a.id desc", Agreement.class), viewer)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer) {
        return AccessPolicy.bind(entityManager.createQuery(
                "select count(a) from Agreement a where " + AccessPolicy.VISIBLE_AGREEMENT, Long.class), viewer)
                .getSingleResult();
    }

    /** The agreement, if the viewer may see it: to anyone else it does not exist. */
    public Optional<Agreement> find(@NotNull Viewer viewer, @NotNull Long id) {
        return Optional.ofNullable(entityManager.find(Agreement.class, id))
                .filter(agreement -> accessPolicy.canSee(viewer, agreement));
    }

    public boolean canEdit(@NotNull Viewer viewer, @NotNull Agreement agreement) {
        return accessPolicy.canEdit(viewer, agreement);
    }

    public boolean canManage(@NotNull Viewer viewer) {
        return accessPolicy.canManage(viewer);
    }

    public Agreement create(@NotNull Viewer viewer, @NotNull @Valid AgreementForm form) {
        requireManager(viewer);
        Agreement agreement = new Agreement(form.getTitle());
        form.applyTo(agreement);
        entityManager.persist(agreement);
        audit(viewer, AuditAction.AGREEMENT_CREATED, agreement, null);
        return agreement;
    }

    public Agreement update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid AgreementForm form) {
        Agreement agreement = managed(viewer, id);
        agreement.checkVersion(form.getVersion());
        form.applyTo(agreement);
        audit(viewer, AuditAction.AGREEMENT_CHANGED, agreement, null);
        return agreement;
    }

    /** Coordinators of the agreement and admins keep its description. */
    public Agreement editDescription(@NotNull Viewer viewer, @NotNull Long id, long versionShown, String description) {
        Agreement agreement = get(id);
        if (!accessPolicy.canEdit(viewer, agreement)) {
            throw new AccessDeniedException("Agreement " + id);
        }
        agreement.checkVersion(versionShown);
        if (description != null && description.length() > Agreement.DESCRIPTION_LENGTH) {
            throw BusinessException.onField("description", "form.tooLong", Agreement.DESCRIPTION_LENGTH);
        }
        agreement.editDescription(description == null || description.isBlank() ? null : description);
        audit(viewer, AuditAction.AGREEMENT_CHANGED, agreement, "description");
        return agreement;
    }

    /** Coordinators of the agreement and admins decide whether offers to it wait for their approval. */
    public Agreement requireOfferReview(@NotNull Viewer viewer, @NotNull Long id, long versionShown, boolean required) {
        Agreement agreement = get(id);
        if (!accessPolicy.canEdit(viewer, agreement)) {
            throw new AccessDeniedException("Agreement " + id);
        }
        agreement.checkVersion(versionShown);
        agreement.requireOfferReview(required);
        audit(viewer, AuditAction.AGREEMENT_CHANGED, agreement, "offer review " + (required ? "required" : "not required"));
        return agreement;
    }

    public Agreement addSignatory(@NotNull Viewer viewer, @NotNull Long id, @NotNull Long organisationId, LocalDate signedOn) {
        Agreement agreement = managed(viewer, id);
        Organisation organisation = Optional.ofNullable(entityManager.find(Organisation.class, organisationId))
                .orElseThrow(() -> new BusinessException("agreement.signatory.unknown"));
        agreement.addSignatory(organisation, signedOn);
        audit(viewer, AuditAction.SIGNATORY_ADDED, agreement, organisation(organisation));
        return agreement;
    }

    public Agreement removeSignatory(@NotNull Viewer viewer, @NotNull Long id, @NotNull Long organisationId) {
        Agreement agreement = managed(viewer, id);
        Organisation organisation = entityManager.getReference(Organisation.class, organisationId);
        agreement.removeSignatory(organisation);
        audit(viewer, AuditAction.SIGNATORY_REMOVED, agreement, organisation(organisation));
        return agreement;
    }

    public Agreement makeCoordinating(@NotNull Viewer viewer, @NotNull Long id, @NotNull Long organisationId) {
        Agreement agreement = managed(viewer, id);
        Organisation organisation = entityManager.getReference(Organisation.class, organisationId);
        agreement.makeCoordinating(organisation);
        audit(viewer, AuditAction.COORDINATING_SIGNATORY_CHANGED, agreement, organisation(organisation));
        return agreement;
    }

    public Agreement nameCoordinator(@NotNull Viewer viewer, @NotNull Long id, @NotNull Long personId) {
        Agreement agreement = managed(viewer, id);
        Person person = Optional.ofNullable(entityManager.find(Person.class, personId))
                .orElseThrow(() -> new BusinessException("agreement.coordinator.unknown"));
        agreement.nameCoordinator(person);
        audit(viewer, AuditAction.COORDINATOR_NAMED, agreement, coordinator(person));
        return agreement;
    }

    public Agreement removeCoordinator(@NotNull Viewer viewer, @NotNull Long id, @NotNull Long personId) {
        Agreement agreement = managed(viewer, id);
        Person person = Optional.ofNullable(entityManager.find(Person.class, personId))
                .orElseThrow(() -> new BusinessException("agreement.coordinator.unknown"));
        agreement.removeCoordinator(person);
        audit(viewer, AuditAction.COORDINATOR_REMOVED, agreement, coordinator(person));
        return agreement;
    }

    /** One entry about the agreement, named by its title as it is now, in the change's transaction. */
    private void audit(Viewer viewer, AuditAction action, Agreement agreement, String detail) {
        auditLog.record(viewer, action, "agreement", agreement.getId(), agreement.getTitle(), detail);
    }

    /** A signatory as the audit log names it: its name then, and the organisation's id. */
    private static String organisation(Organisation organisation) {
        return organisation.getName() + " (organisation " + organisation.getId() + ")";
    }

    /** The coordinator as the audit log names them: the name then, and the person's id. */
    private static String coordinator(Person person) {
        return person.getDisplayName() + " (person " + person.getId() + ")";
    }

    public Agreement sign(@NotNull Viewer viewer, @NotNull Long id) {
        Agreement agreement = managed(viewer, id);
        agreement.sign();
        audit(viewer, AuditAction.AGREEMENT_SIGNED, agreement, null);
        return agreement;
    }

    /** The members of the signatory clusters, by cluster: who takes part through whom. */
    public List<Object[]> membersOfSignatories(@NotNull Agreement agreement) {
        return entityManager.createQuery("""
                select c.id, o from Signatory s join s.organisation c, Organisation o join o.clusters oc
                where s.agreement = :agreement and oc = c and o.status = :approved
                order by o.name""", Object[].class)
                .setParameter("agreement", agreement)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    private Agreement get(Long id) {
        return Optional.ofNullable(entityManager.find(Agreement.class, id))
                .orElseThrow(() -> new AccessDeniedException("Agreement " + id));
    }

    /** The agreement to change, for a viewer who may manage agreements. */
    private Agreement managed(Viewer viewer, Long id) {
        requireManager(viewer);
        return get(id);
    }

    private void requireManager(Viewer viewer) {
        if (!accessPolicy.canManage(viewer)) {
            throw new AccessDeniedException("Agreement management");
        }
    }

    /**
     * The approved organisations whose name holds every typed word, by name, at most {@code limit}: the signatory
     * picker's suggestions, asked as the manager types rather than loaded whole.
     */
    public List<Organisation> candidateSignatories(@NotNull Viewer viewer, String typed, @Min(1) @Max(50) int limit) {
        requireManager(viewer);
        return organisations.approvedNamed(typed, limit);
    }

    /** The agreements the viewer may see that this organisation signed. */
    public List<Agreement> signedBy(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        return AccessPolicy.bind(entityManager.createQuery("""
                select a from Signatory s join s.agreement a where s.organisation = :organisation and """
                + AccessPolicy.VISIBLE_AGREEMENT + " order by a.signedOn desc", Agreement.class), viewer)
                .setParameter("organisation", organisation)
                .getResultList();
    }
}

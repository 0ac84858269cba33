package org.clusterportal.agreements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.ContactVisibility;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.Viewer;

/**
 * The one rule of who may see and do what with something scoped to an agreement. A person <em>takes part
 * in</em> an agreement when one of their approved organisations is a signatory, or a member of a signatory
 * cluster. What is scoped to an agreement is seen by its participants, its coordinators and admins, unless it
 * is public; it is changed by its coordinators and admins.
 * <p>
 * Lists apply the rule in their query ({@link #VISIBLE_AGREEMENT} and {@link #bind}), never after loading.
 */
@Stateless
public class AccessPolicy {

    private static final long NOBODY = -1L;

    /**
     * A JPQL condition: the organisation of the membership aliased {@code m} is that of the signatory aliased
     * {@code s}, or one of its members.
     */
    private static String throughSignatory(String s, String m) {
        return """
                (%1$s.organisation = %2$s.organisation
                 or exists (select c.id from Organisation mo join mo.clusters c where mo = %2$s.organisation and c = %1$s.organisation))"""
                .formatted(s, m);
    }

    /** A JPQL condition: the person whose id is the parameter {@code :parameter} takes part in the agreement aliased {@code a}. */
    private static String participates(String parameter) {
        String s = "s_" + parameter;
        String m = "m_" + parameter;
        return "exists (select %1$s.id from Signatory %1$s, Membership %2$s where %1$s.agreement = a and %2$s.person.id = :%3$s and %2$s.status = :approvedMembership and %4$s)"
                .formatted(s, m, parameter, throughSignatory(s, m));
    }

    /**
     * A JPQL condition on an agreement aliased {@code a}: true when the viewer may see it. Needs the parameters
     * that {@link #bind} sets. (Booleans and MEMBER OF are avoided on purpose: EclipseLink renders a boolean
     * as 1, which H2 and PostgreSQL refuse, and MEMBER OF as an inner join that loses direct signatories.)
     */
    public static final String VISIBLE_AGREEMENT = """
            (a.visibility = :everybody or a.visibility = :alsoForAdmins
             or exists (select c.id from Agreement ca join ca.coordinators c where ca = a and c.id = :viewer)
             or""" + " " + participates("viewer") + ")";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The ids of the agreements the viewer may see, never empty (so that {@code in} stays valid SQL). Features
     * find them first and bind them: nested one level deeper inside their own conditions, {@link #VISIBLE_AGREEMENT}
     * loses the participants through a member cluster in EclipseLink.
     */
    public List<Long> visibleAgreementIds(Viewer viewer) {
        List<Long> ids = new ArrayList<>(bind(entityManager.createQuery(
                "select a.id from Agreement a where " + VISIBLE_AGREEMENT, Long.class), viewer).getResultList());
        ids.add(NOBODY);
        return ids;
    }

    /** Whether the viewer works for the organisation (an approved membership). */
    public boolean worksFor(Viewer viewer, Organisation organisation) {
        if (viewer.isVisitor()) {
            return false;
        }
        return entityManager.createQuery("""
                select count(m) from Membership m
                where m.organisation = :organisation and m.person.id = :person and m.status = :approved""", Long.class)
                .setParameter("organisation", organisation)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getSingleResult() > 0;
    }

    /** The organisations the viewer works for (approved memberships), by name. */
    public List<Organisation> organisationsOf(Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select m.organisation from Membership m
                where m.person.id = :person and m.status = :approved order by m.organisation.name""", Organisation.class)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList();
    }

    /** The ids of the organisations the viewer works for (approved memberships). */
    public List<Long> organisationIdsOf(Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("select m.organisation.id from Membership m where m.person.id = :person and m.status = :approved",
                Long.class)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList();
    }

    /** The agreements the organisations take part in: they signed, or a cluster they belong to did; by title. */
    public List<Agreement> agreementsOf(List<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct a from Agreement a, Signatory s
                where s.agreement = a and (s.organisation.id in :organisations
                  or exists (select c.id from Organisation mo join mo.clusters c where mo.id in :organisations and c = s.organisation))
                order by a.title""", Agreement.class)
                // Ids, not entities: EclipseLink renders a list of entities in the subquery as their toString().
                .setParameter("organisations", organisations.stream().map(Organisation::getId).toList())
                .getResultList();
    }

    /**
     * The agreements among {@code wanted} that the organisation takes part in, or a refusal on the form's
     * {@code agreements} field with the message key when it does not take part in one of them.
     */
    public Set<Agreement> chosenAgreementsOf(Organisation organisation, Collection<Long> wanted, String refusalKey) {
        Set<Agreement> chosen = new HashSet<>();
        if (wanted.isEmpty()) {
            return chosen;
        }
        List<Agreement> allowed = agreementsOf(List.of(organisation));
        for (Long agreementId : wanted) {
            chosen.add(allowed.stream().filter(agreement -> agreement.getId().equals(agreementId)).findFirst()
                    .orElseThrow(() -> BusinessException.onField("agreements", refusalKey)));
        }
        return chosen;
    }

    /** Sets the parameters of {@link #VISIBLE_AGREEMENT} for this viewer. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Viewer viewer) {
        return query.setParameter("everybody", Reach.PUBLIC)
                // For admins the second test matches the other agreements too; for others it repeats the first.
                .setParameter("alsoForAdmins", viewer.admin() ? Reach.PARTICIPANTS : Reach.PUBLIC)
                .setParameter("viewer", viewer.findPersonId().orElse(NOBODY))
                .setParameter("approvedMembership", MembershipStatus.APPROVED);
    }

    public boolean canSee(Viewer viewer, Agreement agreement) {
        return agreement.isPublicAccess() || canEdit(viewer, agreement) || takesPart(viewer, agreement);
    }

    /** Coordinators change what is theirs to run; admins everything. */
    public boolean canEdit(Viewer viewer, Agreement agreement) {
        return viewer.admin() || agreement.isCoordinatedBy(viewer.personId());
    }

    /** Creating agreements, naming signatories and coordinators. */
    public boolean canManage(Viewer viewer) {
        return viewer.admin();
    }

    /**
     * Whether the viewer may see a person's e-mail and phone: admins and the person always; coordinators of an
     * agreement the person takes part in; and, unless the person keeps them for coordinators, anyone who takes
     * part in an agreement with them.
     */
    public boolean canContact(Viewer viewer, Person person) {
        if (viewer.admin() || person.getId().equals(viewer.personId())) {
            return true;
        }
        if (viewer.isVisitor()) {
            return false;
        }
        String partners = person.getContactVisibility() == ContactVisibility.PARTNERS ? " or " + participates("viewerP") : "";
        return entityManager.createQuery("select count(a) from Agreement a where " + participates("personP")
                + " and (exists (select c.id from Agreement ca join ca.coordinators c where ca = a and c.id = :viewerP)"
                + partners + ")", Long.class)
                .setParameter("personP", person.getId())
                .setParameter("viewerP", viewer.personId())
                .setParameter("approvedMembership", MembershipStatus.APPROVED)
                .getSingleResult() > 0;
    }

    public boolean takesPart(Viewer viewer, Agreement agreement) {
        if (viewer.isVisitor()) {
            return false;
        }
        return entityManager.createQuery("select count(a) from Agreement a where a = :agreement and " + participates("viewer"), Long.class)
                .setParameter("agreement", agreement)
                .setParameter("viewer", viewer.personId())
                .setParameter("approvedMembership", MembershipStatus.APPROVED)
                .getSingleResult() > 0;
    }
}

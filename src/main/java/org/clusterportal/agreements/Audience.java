package org.clusterportal.agreements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.Viewer;

/**
 * Who may see an offer, an event or a proposal, kept as rows of {@link Grantee}s and asked in one way. The
 * features keep the rows ({@link #keep}) in the transaction of every change that could change them: what the
 * subject is for, its state, its agreements, its organisations. Every question of "may this viewer see it" —
 * lists, counts, search, {@code find}, discussions, notifications, downloads, feeds — goes through
 * {@link #restrict} or {@link #visibleAmong}, so a page and its list can never disagree.
 * <p>
 * Every subject keeps at least one row (its organisation or its organiser), so the rows also tell which
 * subjects exist. Admins see everything; what else they may do is for the features to say.
 */
@Stateless
public class Audience {

    /**
     * A JPQL condition on the subject whose id is at {@code %s}: one of the viewer's grantees is in its
     * audience. A probe of the primary key per candidate row, however many subjects the viewer may see.
     */
    private static final String VISIBLE = "exists (select x.subjectId from AudienceEntry x where x.subjectType = :audienceType"
            + " and x.subjectId = %s and x.grantee in :audienceGrantees)";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    /**
     * The grantees the viewer is: everybody; the participants of each agreement they may see; the people of
     * each organisation they work for; themselves; the coordinators and, where it asks for review, the
     * reviewers of each agreement they coordinate.
     */
    public List<String> granteesOf(@NotNull Viewer viewer) {
        List<String> grantees = new ArrayList<>(List.of(Grantee.EVERYBODY));
        accessPolicy.visibleAgreementIds(viewer).stream().filter(id -> id > 0)
                .forEach(id -> grantees.add(Grantee.participantsOf(id)));
        if (viewer.isVisitor()) {
            return grantees;
        }
        grantees.add(Grantee.person(viewer.personId()));
        accessPolicy.organisationIdsOf(viewer).forEach(id -> grantees.add(Grantee.peopleOf(id)));
        for (Object[] coordinated : entityManager.createQuery(
                "select a.id, a.offerReview from Agreement a join a.coordinators c where c.id = :coordinator", Object[].class)
                .setParameter("coordinator", viewer.personId()).getResultList()) {
            long agreementId = (Long) coordinated[0];
            grantees.add(Grantee.coordinatorsOf(agreementId));
            if (coordinated[1] == OfferReview.REQUIRED) {
                grantees.add(Grantee.reviewersOf(agreementId));
            }
        }
        return grantees;
    }

    /** Restricts a query to what the viewer may see of the subjects whose id is at {@code idPath} (nothing for admins). */
    public Where restrict(@NotNull Where where, @NotNull Viewer viewer, @NotNull AudienceType type, @NotNull String idPath) {
        return sightOf(viewer).restrict(where, type, idPath);
    }

    /**
     * What the viewer may see, worked out once for many queries in one go (a figures sheet asks about forty): the
     * grantees cost a few small queries, each {@link #restrict} would ask them again.
     */
    public Sight sightOf(@NotNull Viewer viewer) {
        return new Sight(viewer.admin() ? null : List.copyOf(granteesOf(viewer)));
    }

    /** A viewer's grantees, known: {@code null} for an admin, who sees everything. */
    public record Sight(List<String> grantees) {

        /** {@link Audience#restrict} with the grantees already known. */
        public Where restrict(Where where, AudienceType type, String idPath) {
            if (grantees == null) {
                return where;
            }
            return where.and(VISIBLE.formatted(idPath)).bind("audienceType", type).bind("audienceGrantees", grantees);
        }
    }

    /** The ids among {@code ids} of the subjects the viewer may see, in one query on the audience alone. */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull AudienceType type, @NotNull Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String grantees = viewer.admin() ? "" : " and x.grantee in :audienceGrantees";
        TypedQuery<Long> query = entityManager.createQuery("select distinct x.subjectId from AudienceEntry x"
                + " where x.subjectType = :audienceType and x.subjectId in :ids" + grantees, Long.class)
                .setParameter("audienceType", type)
                .setParameter("ids", List.copyOf(ids));
        if (!viewer.admin()) {
            query.setParameter("audienceGrantees", granteesOf(viewer));
        }
        return new HashSet<>(query.getResultList());
    }

    /** Whether the viewer may see the subject. */
    public boolean canSee(@NotNull Viewer viewer, @NotNull AudienceType type, @NotNull Long id) {
        return !visibleAmong(viewer, type, List.of(id)).isEmpty();
    }

    /** The subject if the viewer may see it: the same question as the lists ask, of one id. */
    public <T> Optional<T> find(@NotNull Viewer viewer, @NotNull AudienceType type, @NotNull Class<T> entity, @NotNull Long id) {
        return canSee(viewer, type, id) ? Optional.ofNullable(entityManager.find(entity, id)) : Optional.empty();
    }

    /**
     * Makes the subject's audience exactly these grantees, writing only what changed, in the caller's
     * transaction.
     */
    public void keep(@NotNull AudienceType type, @NotNull Long subjectId, @NotEmpty Set<String> grantees) {
        Set<String> kept = new HashSet<>();
        for (Object grantee : entityManager.createNativeQuery("select grantee from audience where subject_type = ?1 and subject_id = ?2")
                .setParameter(1, type.name()).setParameter(2, subjectId).getResultList()) {
            kept.add((String) grantee);
        }
        for (String gone : kept) {
            if (!grantees.contains(gone)) {
                entityManager.createNativeQuery("delete from audience where subject_type = ?1 and subject_id = ?2 and grantee = ?3")
                        .setParameter(1, type.name()).setParameter(2, subjectId).setParameter(3, gone).executeUpdate();
            }
        }
        for (String added : grantees) {
            if (!kept.contains(added)) {
                entityManager.createNativeQuery("insert into audience (subject_type, subject_id, grantee) values (?1, ?2, ?3)")
                        .setParameter(1, type.name()).setParameter(2, subjectId).setParameter(3, added).executeUpdate();
            }
        }
    }

    /** Forgets the audience of a subject that is deleted. */
    public void forget(@NotNull AudienceType type, @NotNull Long subjectId) {
        entityManager.createNativeQuery("delete from audience where subject_type = ?1 and subject_id = ?2")
                .setParameter(1, type.name()).setParameter(2, subjectId).executeUpdate();
    }
}

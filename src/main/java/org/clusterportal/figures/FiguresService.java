package org.clusterportal.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.Audience;
import org.clusterportal.organisations.MembershipService;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.organisations.OrganisationStatus;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The cooperation figures of an agreement, an organisation or the portal, for those who may see them: an
 * agreement's coordinators (and a public summary of a public agreement for anyone), an organisation's
 * administrators, admins everything. Refused to anyone else, in every method.
 */
@Stateless
@PermitAll
public class FiguresService {

    /** How much of a scope's figures a viewer sees. */
    public enum Access {
        /** Every figure and list. */
        FULL,
        /** Counts only: the public summary of a public agreement. */
        SUMMARY
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Audience audience;

    @Inject
    private AgreementService agreementService;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private MembershipService membershipService;

    /**
     * What the viewer may see of the scope's figures: empty when the agreement or organisation is not there or not
     * visible to them (not found), a refusal when they see it but not its figures.
     */
    public Optional<Access> access(@NotNull Viewer viewer, @NotNull Scope scope) {
        switch (scope.kind()) {
            case AGREEMENT -> {
                Optional<Agreement> agreement = agreementService.find(viewer, scope.id());
                if (agreement.isEmpty()) {
                    return Optional.empty();
                }
                if (viewer.admin() || agreement.get().isCoordinatedBy(viewer.personId())) {
                    return Optional.of(Access.FULL);
                }
                if (agreement.get().isPublicAccess()) {
                    return Optional.of(Access.SUMMARY);
                }
                throw new AccessDeniedException("Figures of agreement " + scope.id());
            }
            case ORGANISATION -> {
                Optional<Organisation> organisation = organisationService.find(viewer, scope.id());
                if (organisation.isEmpty()) {
                    return Optional.empty();
                }
                if (membershipService.mayDecide(viewer, organisation.get())) {
                    return Optional.of(Access.FULL);
                }
                throw new AccessDeniedException("Figures of organisation " + scope.id());
            }
            default -> {
                if (viewer.admin()) {
                    return Optional.of(Access.FULL);
                }
                throw new AccessDeniedException("Figures of the portal");
            }
        }
    }

    /** The figures of the period beside the previous period's; empty when the scope is not found for the viewer. */
    public Optional<FigureSheet> sheet(@NotNull Viewer viewer, @NotNull Scope scope, @NotNull Period period) {
        return access(viewer, scope).map(access -> build(viewer, scope, period, access));
    }

    /**
     * The pairs of organisations of different clusters that did something together in the period, heaviest first
     * (for the network graph); empty for a public summary.
     */
    public List<CooperationLink> links(@NotNull Viewer viewer, @NotNull Scope scope, @NotNull Period period) {
        Access access = access(viewer, scope).orElseThrow(() -> new AccessDeniedException("Links of " + scope));
        if (access != Access.FULL) {
            return List.of();
        }
        return build(viewer, scope, period, access).getLinks();
    }

    private FigureSheet build(Viewer viewer, Scope scope, Period period, Access access) {
        List<Long> organisations = organisationsOf(scope);
        Audience.Sight sight = audience.sightOf(viewer);
        Subjects now = new Subjects(sight, scope, organisations, period);
        Subjects before = new Subjects(sight, scope, organisations, period.previous());
        Tally tallyNow = new ActivityQueries(entityManager, now).tally();
        Tally tallyBefore = new ActivityQueries(entityManager, before).tally();
        Set<Long> members = members(scope, organisations);
        SheetBuilder.Organisations known = known(tallyNow);
        SheetBuilder.Organisations knownBefore = known(tallyBefore);
        LinkTally linksNow = new LinkTally(known.families());
        new LinkQueries(entityManager, now).addTo(linksNow, tallyNow);
        LinkTally linksBefore = new LinkTally(knownBefore.families());
        new LinkQueries(entityManager, before).addTo(linksBefore, tallyBefore);
        return new SheetBuilder(period, access == Access.SUMMARY, members).build(tallyNow, tallyBefore, linksNow, linksBefore, known, knownBefore);
    }

    /** The organisations of an organisation's scope: a cluster with its members, or the member alone. */
    private List<Long> organisationsOf(Scope scope) {
        if (scope.kind() != Scope.Kind.ORGANISATION) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(List.of(scope.id()));
        ids.addAll(entityManager.createQuery("select m.id from Organisation m join m.clusters c where c.id = :cluster", Long.class)
                .setParameter("cluster", scope.id()).getResultList());
        return ids;
    }

    /** Whose activity counts as a member's: the agreement's signatories and their members, the organisation's, or every approved one. */
    private Set<Long> members(Scope scope, List<Long> organisations) {
        return switch (scope.kind()) {
            case ORGANISATION -> new HashSet<>(organisations);
            case AGREEMENT -> {
                Set<Long> ids = new HashSet<>(entityManager.createQuery("select s.organisation.id from Signatory s where s.agreement.id = :agreement",
                        Long.class).setParameter("agreement", scope.id()).getResultList());
                ids.addAll(entityManager.createQuery("select m.id from Organisation m join m.clusters c, Signatory s"
                        + " where s.agreement.id = :agreement and c = s.organisation", Long.class).setParameter("agreement", scope.id()).getResultList());
                yield ids;
            }
            case PORTAL -> new HashSet<>(entityManager.createQuery("select o.id from Organisation o where o.status = :approved", Long.class)
                    .setParameter("approved", OrganisationStatus.APPROVED).getResultList());
        };
    }

    /** Names, countries and clusters of the organisations the tally met (its actors and the organisers of events). */
    private SheetBuilder.Organisations known(Tally tally) {
        Set<Long> ids = new HashSet<>(tally.actors);
        tally.attendance.forEach(row -> ids.add(row[0]));
        List<Long> bound = Where.idsOrNone(ids);
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> countries = new HashMap<>();
        Set<Long> clusters = new HashSet<>();
        for (Object[] row : entityManager.createQuery("select o.id, o.name, o.country, o.kind from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", bound).getResultList()) {
            long id = (Long) row[0];
            names.put(id, (String) row[1]);
            countries.put(id, (String) row[2]);
            if (row[3] == OrganisationKind.CLUSTER) {
                clusters.add(id);
            }
        }
        Map<Long, String> clusterNames = new HashMap<>();
        clusters.forEach(id -> clusterNames.put(id, names.get(id)));
        List<long[]> memberships = new ArrayList<>();
        for (Object[] row : entityManager.createQuery("select m.id, c.id, c.name from Organisation m join m.clusters c where m.id in :ids"
                + " order by c.name", Object[].class).setParameter("ids", bound).getResultList()) {
            memberships.add(new long[] { (Long) row[0], (Long) row[1] });
            clusterNames.putIfAbsent((Long) row[0], (String) row[2]);
        }
        return new SheetBuilder.Organisations(names, countries, clusterNames, new ClusterFamilies(clusters, memberships));
    }
}

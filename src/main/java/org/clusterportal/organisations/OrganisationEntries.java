package org.clusterportal.organisations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * An organisation's entry as its form writes it: proposed by a signed-in person, then kept by those who edit it,
 * under the rules every entry keeps (one name per country, a web address, a Polish voivodeship, sectors and
 * clusters that exist, clusters changed only by admins once approved).
 */
@Stateless
public class OrganisationEntries {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private Event<DirectoryChange> directoryChange;

    /**
     * Proposes a new organisation: the proposer asks to become its first administrator, and it waits for an admin
     * or a coordinator of an agreement signed by one of its clusters.
     */
    public Organisation propose(@NotNull Viewer viewer, @NotNull @Valid OrganisationForm form) {
        Person proposer = Optional.ofNullable(viewer.personId()).map(id -> entityManager.find(Person.class, id))
                .orElseThrow(() -> new AccessDeniedException("Proposing an organisation"));
        Organisation organisation = Organisation.propose(proposer, form.getName().strip(), form.getKind(), form.getCountry());
        apply(form, organisation);
        entityManager.persist(organisation);
        entityManager.persist(Membership.ofProposer(proposer, organisation));
        try {
            entityManager.flush();
        }
        catch (PersistenceException sameNameAtOnce) {
            // Two proposals of one name at the same moment: the unique (name_key, country) key said no.
            throw BusinessException.onField("name", "organisation.duplicate");
        }
        return organisation;
    }

    /** Its own administrators, its proposer while it waits, and admins keep an organisation's entry. */
    public Organisation update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid OrganisationForm form) {
        Organisation organisation = organisationService.getEditable(viewer, id);
        organisation.checkVersion(form.getVersion());
        // Belonging to a cluster lets the organisation's people take part in the cluster's agreements: once
        // approved, only an admin changes it, never the organisation itself.
        if (organisation.isApproved() && !viewer.admin() && !Set.copyOf(form.getClusterIds()).equals(
                organisation.getClusters().stream().map(Organisation::getId).collect(Collectors.toSet()))) {
            throw BusinessException.onField("clusters", "organisation.clusters.adminOnly");
        }
        apply(form, organisation);
        if (organisation.isApproved()) {
            directoryChange.fire(DirectoryChange.PLACES);
        }
        return organisation;
    }

    private void apply(OrganisationForm form, Organisation organisation) {
        String name = form.getName().strip();
        TypedQuery<Long> sameName = entityManager.createQuery(
                "select count(o) from Organisation o where o.nameKey = :key and o.country = :country"
                        + (organisation.isNew() ? "" : " and o.id <> :self"), Long.class)
                .setParameter("key", Organisation.keyOf(name))
                .setParameter("country", form.getCountry());
        if (!organisation.isNew()) {
            sameName.setParameter("self", organisation.getId());
        }
        if (sameName.getSingleResult() > 0) {
            throw BusinessException.onField("name", "organisation.duplicate");
        }
        String website = OrganisationForm.blankToNull(form.getWebsite());
        if (website != null && !website.matches("(?i)https?://[^\\s/]+\\S*")) {
            throw BusinessException.onField("website", "organisation.website.invalid");
        }
        String region = OrganisationForm.blankToNull(form.getRegion());
        if (region != null && Regions.POLAND.equals(form.getCountry()) && !Regions.VOIVODESHIPS.contains(region)) {
            throw BusinessException.onField("region", "organisation.region.invalid");
        }
        if (form.isFoundedInFuture()) {
            throw BusinessException.onField("foundedYear", "organisation.foundedYear.future");
        }
        organisation.describe(name, form.getKind(), form.getCountry(), region,
                OrganisationForm.blankToNull(form.getCity()), website, OrganisationForm.blankToNull(form.getEmail()),
                OrganisationForm.blankToNull(form.getDescription()), form.getFoundedYear(), form.getSizeClass(),
                Set.copyOf(byIds(Sector.class, form.getSectorIds())));
        organisation.belongTo(Set.copyOf(byIds(Organisation.class, form.getClusterIds())));
    }

    private <T> List<T> byIds(Class<T> type, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<T> found = entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != Set.copyOf(ids).size()) {
            throw new BusinessException("form.unknownChoice");
        }
        return found;
    }
}

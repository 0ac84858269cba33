package org.clusterportal.organisations;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.platform.security.Viewer;

/**
 * The directory of organisations: approved ones are public; filters are applied in the database, and the
 * agreement filter only ever matches an agreement the viewer may see.
 */
@Stateless
public class OrganisationService {

    @PersistenceContext
    private EntityManager entityManager;

    /** A page of approved organisations matching the filter, by name. */
    public List<Organisation> search(@NotNull Viewer viewer, @NotNull OrganisationFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        return query(viewer, filter, "select o from Organisation o", " order by o.name, o.id", Organisation.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull OrganisationFilter filter) {
        return query(viewer, filter, "select count(o) from Organisation o", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Viewer viewer, OrganisationFilter filter, String select, String order, Class<T> type) {
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add("o.status = :approved");
        if (filter.getKind() != null) {
            where.add("o.kind = :kind");
        }
        if (filter.getSectorId() != null) {
            where.add("exists (select s.id from Organisation so join so.sectors s where so = o and s.id = :sector)");
        }
        if (filter.getCountry() != null) {
            where.add("o.country = :country");
        }
        if (filter.getRegion() != null) {
            where.add("o.region = :region");
        }
        if (filter.getAgreementId() != null) {
            where.add("exists (select sg.id from Signatory sg join sg.agreement a where a.id = :agreement and "
                    + AccessPolicy.VISIBLE_AGREEMENT
                    + " and (sg.organisation = o or exists (select c.id from Organisation oo join oo.clusters c"
                    + " where oo = o and c = sg.organisation)))");
        }
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type)
                .setParameter("approved", OrganisationStatus.APPROVED);
        Optional.ofNullable(filter.getKind()).ifPresent(kind -> query.setParameter("kind", kind));
        Optional.ofNullable(filter.getSectorId()).ifPresent(sector -> query.setParameter("sector", sector));
        Optional.ofNullable(filter.getCountry()).ifPresent(country -> query.setParameter("country", country));
        Optional.ofNullable(filter.getRegion()).ifPresent(region -> query.setParameter("region", region));
        if (filter.getAgreementId() != null) {
            AccessPolicy.bind(query.setParameter("agreement", filter.getAgreementId()), viewer);
        }
        return query;
    }

    /** An approved organisation; a proposed one only to admins until it is approved. */
    public Optional<Organisation> find(@NotNull Viewer viewer, @NotNull Long id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id))
                .filter(organisation -> organisation.isApproved() || viewer.admin());
    }

    /** The approved members of a cluster, by name. */
    public List<Organisation> membersOf(@NotNull Organisation cluster) {
        return entityManager.createQuery("""
                select o from Organisation o join o.clusters c
                where c = :cluster and o.status = :approved order by o.name""", Organisation.class)
                .setParameter("cluster", cluster)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    /** The agreements the viewer may see that this organisation signed. */
    public List<Agreement> agreementsSignedBy(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        return AccessPolicy.bind(entityManager.createQuery("""
                select a from Signatory s join s.agreement a where s.organisation = :organisation and """
                + AccessPolicy.VISIBLE_AGREEMENT + " order by a.signedOn desc", Agreement.class), viewer)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    /** Approved organisations by name, for an administrator's choice of signatories. */
    public List<Organisation> listApproved() {
        return entityManager.createQuery("""
                select o from Organisation o where o.status = :approved order by o.name""", Organisation.class)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    public List<Sector> sectors() {
        return entityManager.createQuery("select s from Sector s order by s.code", Sector.class).getResultList();
    }

    /** The countries and regions that approved organisations name, for the directory's filters. */
    public List<String> countries() {
        return entityManager.createQuery("""
                select distinct o.country from Organisation o where o.status = :approved order by o.country""", String.class)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    public List<String> regions() {
        return entityManager.createQuery("""
                select distinct o.region from Organisation o
                where o.status = :approved and o.region is not null order by o.region""", String.class)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }
}

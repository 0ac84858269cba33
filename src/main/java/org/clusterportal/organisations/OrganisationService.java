package org.clusterportal.organisations;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The directory of organisations. */
@Stateless
public class OrganisationService {

    @PersistenceContext
    private EntityManager entityManager;

    /** A page of organisations by name. */
    public List<Organisation> list(@Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return entityManager.createQuery("select o from Organisation o order by o.name, o.id", Organisation.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count() {
        return entityManager.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }
}

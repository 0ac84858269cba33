package org.clusterportal.organisations;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The choices that are the same for everyone in the filters and forms of organisations, offers and proposals:
 * the sectors, and the countries and regions that approved organisations name. Read from the database once and
 * kept for the whole application as immutable lists of small values; forgotten when a {@link DirectoryChange}
 * is committed, never before (a reader in between would keep the old lists again).
 */
@ApplicationScoped
public class DirectoryChoices {

    @PersistenceContext
    private EntityManager entityManager;

    private final Cached<List<SectorChoice>> sectors = new Cached<>(() -> List.copyOf(entityManager.createQuery(
            "select new org.clusterportal.organisations.SectorChoice(s.id, s.code, s.namePl, s.nameEn) from Sector s order by s.code",
            SectorChoice.class).getResultList()));

    private final Cached<List<String>> countries = new Cached<>(() -> List.copyOf(entityManager.createQuery("""
            select distinct o.country from Organisation o where o.status = :approved order by o.country""", String.class)
            .setParameter("approved", OrganisationStatus.APPROVED)
            .getResultList()));

    private final Cached<List<String>> regions = new Cached<>(() -> List.copyOf(entityManager.createQuery("""
            select distinct o.region from Organisation o
            where o.status = :approved and o.region is not null order by o.region""", String.class)
            .setParameter("approved", OrganisationStatus.APPROVED)
            .getResultList()));

    /** The sector taxonomy by code. */
    public List<SectorChoice> sectors() {
        return sectors.get();
    }

    /** The countries that approved organisations name, by code. */
    public List<String> countries() {
        return countries.get();
    }

    /** The regions that approved organisations name, by name. */
    public List<String> regions() {
        return regions.get();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChange change) {
        switch (change) {
            case SECTORS -> sectors.forget();
            case PLACES -> {
                countries.forget();
                regions.forget();
            }
        }
    }

    /**
     * A value loaded when first asked. A load that began before a {@link #forget} does not keep its result: it may
     * have read the database as it was before the change.
     */
    private static final class Cached<T> {

        private final Supplier<T> load;
        private T value;
        private long generation;

        Cached(Supplier<T> load) {
            this.load = load;
        }

        T get() {
            long seen;
            synchronized (this) {
                if (value != null) {
                    return value;
                }
                seen = generation;
            }
            T loaded = load.get();
            synchronized (this) {
                if (generation == seen) {
                    value = loaded;
                }
            }
            return loaded;
        }

        synchronized void forget() {
            generation++;
            value = null;
        }
    }
}

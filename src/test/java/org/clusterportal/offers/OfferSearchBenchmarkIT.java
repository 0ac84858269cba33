package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.people.Person;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A measurement, not a timed test: 50 000 offers on PostgreSQL, then searches for a word every one of them holds
 * and for one word only one holds, as a participant (the access rule in the query) and as an admin. Run it on
 * its own: {@code ./mvnw verify -Ppostgresql -Dit.test=OfferSearchBenchmarkIT} (the suite excludes it in pom.xml;
 * naming it in {@code it.test} overrides that). The
 * figures go to target/offer-search-benchmark.txt (and the server log); the offers are deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class OfferSearchBenchmarkIT {

    private static final int OFFERS = 50_000;
    private static final int RUNS = 5;

    @Inject
    private OfferService offerService;

    @Inject
    private OfferSearch offerSearch;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @Test
    void searchOverFiftyThousandOffers() throws Exception {
        assertThat(offerSearch.isFullText()).as("the benchmark is for PostgreSQL").isTrue();
        String rare = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        transaction.begin();
        Organisation owner = new Organisation("Benchmark " + rare, OrganisationKind.COMPANY, "PL", "Gliwice");
        entityManager.persist(owner);
        Organisation partner = new Organisation("Benchmark partner " + rare, OrganisationKind.COMPANY, "PL", "Gliwice");
        entityManager.persist(partner);
        Agreement agreement = new Agreement("Benchmark agreement " + rare);
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(owner, null);
        agreement.addSignatory(partner, null);
        entityManager.persist(agreement);
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "b", "Bench", "Mark", null, null), Instant.now());
        entityManager.persist(person);
        entityManager.persist(new Membership(person, partner));
        entityManager.flush();
        long started = System.nanoTime();
        entityManager.createNativeQuery("""
                insert into offer (id, version, created, modified, kind, category, title, summary, description, description_text,
                                   keywords, owner_id, reach, valid_until, contact_id, status, published_at)
                select nextval('entity_seq'), 1, now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval,
                       'OFFER', 'SERVICE', 'Benchmark offer ' || g || ' ' || md5(g::text),
                       'Commonword services for clusters, batch ' || (g % 100),
                       '<p>Description ' || md5((g * 7)::text) || ' zażółć gęślą jaźń</p>',
                       'Description ' || md5((g * 7)::text) || ' zażółć gęślą jaźń',
                       'benchmark, k' || (g % 500), ?1, 'AGREEMENTS', current_date + 100, ?2, 'PUBLISHED', now()
                from generate_series(1, ?3) g""")
                .setParameter(1, owner.getId()).setParameter(2, person.getId()).setParameter(3, OFFERS)
                .executeUpdate();
        entityManager.createNativeQuery("""
                insert into offer_agreement (offer_id, agreement_id) select id, ?1 from offer where owner_id = ?2""")
                .setParameter(1, agreement.getId()).setParameter(2, owner.getId()).executeUpdate();
        entityManager.createNativeQuery("update offer set title = title || ' ' || ?1 where id = (select max(id) from offer where owner_id = ?2)")
                .setParameter(1, rare).setParameter(2, owner.getId()).executeUpdate();
        transaction.commit();
        long inserted = (System.nanoTime() - started) / 1_000_000;
        transaction.begin();
        entityManager.createNativeQuery("analyze offer").executeUpdate();
        transaction.commit();

        List<String> lines = new ArrayList<>();
        lines.add("Offers inserted: " + OFFERS + " in " + inserted + " ms (with the generated tsvector and its GIN index)");
        Viewer participant = new Viewer(person.getId(), false);
        Viewer admin = new Viewer(person.getId(), true);
        try {
            for (Viewer viewer : List.of(participant, admin)) {
                String who = viewer.admin() ? "admin" : "participant";
                for (String words : List.of("commonword", rare, "zazolc gesla jazn", "\"commonword services\" -nothing")) {
                    OfferFilter newest = filter(words, OfferOrder.NEWEST);
                    OfferFilter relevance = filter(words, OfferOrder.RELEVANCE);
                    long count = offerService.count(viewer, newest);
                    lines.add("%s, '%s': %d matches; count %s; first page newest %s; first page by relevance %s".formatted(who, words, count,
                            time(() -> offerService.count(viewer, newest)),
                            time(() -> offerService.list(viewer, newest, 0, 25)),
                            time(() -> offerService.list(viewer, relevance, 0, 25))));
                }
                OfferFilter deep = filter("commonword", OfferOrder.NEWEST);
                lines.add("%s, 'commonword', page 400 of 25: %s".formatted(who, time(() -> offerService.list(viewer, deep, 10_000, 25))));
            }
        }
        finally {
            transaction.begin();
            entityManager.createNativeQuery("delete from offer_agreement where offer_id in (select id from offer where owner_id = ?1)")
                    .setParameter(1, owner.getId()).executeUpdate();
            entityManager.createNativeQuery("delete from offer where owner_id = ?1").setParameter(1, owner.getId()).executeUpdate();
            transaction.commit();
        }
        String report = String.join("\n", lines);
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("jboss.server.base.dir", "."), "..", "..", "offer-search-benchmark.txt"), report + "\n");
        assertThat(lines).hasSizeGreaterThan(1);
    }

    private static OfferFilter filter(String words, OfferOrder order) {
        OfferFilter filter = new OfferFilter();
        filter.setWords(words);
        filter.setOrder(order);
        return filter;
    }

    /** The median of {@link #RUNS} runs after one warm-up, in milliseconds. */
    private static String time(Supplier<?> search) {
        search.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            search.get();
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        times.sort(null);
        return "%.1f ms".formatted(times.get(RUNS / 2));
    }
}

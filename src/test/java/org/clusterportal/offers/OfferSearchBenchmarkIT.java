package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;

import org.clusterportal.events.EventFilter;
import org.clusterportal.events.EventService;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.figures.FiguresService;
import org.clusterportal.figures.Period;
import org.clusterportal.figures.Scope;
import org.clusterportal.proposals.ProposalFilter;
import org.clusterportal.proposals.ProposalService;
import org.clusterportal.testing.Deployments;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A measurement, not a timed test: what lists cost a participant, a coordinator and an admin when the portal holds
 * 200 000 offers, 20 000 events and 5 000 proposals spread over 200 agreements, on PostgreSQL. Run it on its own
 * (the suite excludes {@code *BenchmarkIT} in pom.xml; naming it in {@code it.test} overrides that), best on a
 * database of its own so the suite's is never touched:
 * <pre>
 * ./mvnw verify -Ppostgresql -Dportal.test.db.url=jdbc:postgresql://127.0.0.1:5432/portal_benchmark \
 *     -Dit.test=OfferSearchBenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The data is generated in the database with {@code INSERT … SELECT} over {@code generate_series} (about 25 s on
 * 2 cores), from the row numbers alone (no random numbers), so every run holds the same rows and finds the same
 * counts: 100 clusters and 1 900 member organisations (some in two clusters), one person working for each, 200
 * agreements signed by two clusters each (every fourth also by a member directly; every tenth reviews offers,
 * four are public), a coordinator for each; offers, events and proposals of the members with the agreements of
 * their clusters, a co-provider for one offer in 40; words from a Polish vocabulary with diacritics, drawn with a
 * skew, the common word {@value #COMMON} in nine offers of ten and the rare word {@value #RARE} in one; and, when
 * the schema has the {@code audience} table, its rows by the rules of {@code V12__audience.sql}. Then the tables
 * are analysed.
 * <p>
 * Every row takes its id from a block of {@code entity_seq} reserved for the run, and every agreement is marked
 * with the block in {@code reference}: the rows are deleted afterwards whatever happened, and a run that was
 * killed is cleaned up by the next one. The figures, the query plans and the SQL go to
 * target/offer-search-benchmark.txt (and the server log). {@code PORTAL_BENCHMARK_SCALE} (environment, default 1)
 * multiplies the numbers of offers, events and proposals, for a quick trial run of the benchmark itself.
 */
@ExtendWith(ArquillianExtension.class)
class OfferSearchBenchmarkIT {

    private final double scale = scale();
    private final int offerCount = (int) Math.round(200_000 * scale);
    private final int eventCount = 2 * (int) Math.round(10_000 * scale);
    private final int proposalCount = (int) Math.round(5_000 * scale);

    /** Clusters; the SQL below relies on twice as many agreements (an agreement's clusters are {@code a % 100} and {@code (a + 37) % 100}). */
    private static final int CLUSTERS = 100;
    private static final int AGREEMENTS = 2 * CLUSTERS;
    private static final int MEMBERS = 1_900;

    /** The participant works for member 42: a direct signatory of agreements 3, 77 and 151, in clusters 42 and 97. */
    private static final int PARTICIPANT_MEMBER = 42;
    /** The coordinator works for member 1 000 (cluster 0) and coordinates agreements 10 (which reviews offers), 11 and 12. */
    private static final int COORDINATOR_MEMBER = 1_000;

    /** Ids of the run: an offset in a block of {@code entity_seq} (organisations at +1 001, people at +4 000, offers at +100 001, …). */
    private static final long BLOCK = 1_000_000;
    private static final String MARK = "benchmark:";

    private static final String COMMON = "współpraca";
    private static final String RARE = "źdźbło";
    private static final int PAGE = 25;
    private static final int DEEP = 10_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private static final int RUNS = 5;

    /** Tables that hold generated rows, analysed after the generation. */
    private static final String TABLES = "organisation, cluster_member, person, membership, agreement, signatory, agreement_coordinator,"
            + " offer, offer_agreement, offer_co_provider, event, event_agreement, project_proposal, proposal_partner, proposal_agreement";

    private static final String VOCABULARY = """
            array['innowacja', 'przemysł', 'energetyka', 'łańcuch', 'dostawy', 'badania', 'rozwój', 'szkolenie', 'automatyka',
                  'robotyka', 'żywność', 'zdrowie', 'medycyna', 'logistyka', 'budownictwo', 'gospodarka', 'obieg', 'zamknięty',
                  'wodór', 'fotowoltaika', 'ciepłownictwo', 'transport', 'kolej', 'górnictwo', 'chemia', 'tworzywa', 'drewno',
                  'meble', 'tekstylia', 'turystyka', 'edukacja', 'uczelnia', 'laboratorium', 'certyfikacja', 'eksport', 'doradztwo',
                  'finansowanie', 'cyfryzacja', 'oprogramowanie', 'sztuczna', 'inteligencja', 'cyberbezpieczeństwo', 'motoryzacja',
                  'lotnictwo', 'kosmos', 'rolnictwo', 'ekologia', 'recykling', 'odpady', 'woda']""";

    /** Organisations, clusters, people, memberships (and some requests), agreements, signatories, coordinators. */
    private static final List<String> STRUCTURE = List.of("""
            insert into organisation (id, version, created, modified, name, name_key, kind, country, city, region, status)
            select ${b} + 1001 + c, 1, now(), now(), 'Klaster benchmarku ' || c || ' (' || ${b} || ')',
                   'klaster benchmarku ' || c || ' (' || ${b} || ')', 'CLUSTER', 'PL', 'Katowice', 'śląskie', 'APPROVED'
            from generate_series(0, ${clusters} - 1) c""", """
            insert into organisation (id, version, created, modified, name, name_key, kind, country, city, region, status)
            select ${b} + 1101 + k, 1, now(), now(), 'Firma benchmarku ' || k || ' (' || ${b} || ')',
                   'firma benchmarku ' || k || ' (' || ${b} || ')',
                   (array['COMPANY', 'COMPANY', 'COMPANY', 'RESEARCH_INSTITUTE', 'UNIVERSITY'])[1 + k % 5], 'PL', 'Gliwice', 'śląskie', 'APPROVED'
            from generate_series(0, ${members} - 1) k""", """
            insert into cluster_member (cluster_id, member_id)
            select ${b} + 1001 + k % ${clusters}, ${b} + 1101 + k from generate_series(0, ${members} - 1) k
            union
            select ${b} + 1001 + (k * 7 + 3) % ${clusters}, ${b} + 1101 + k from generate_series(0, ${members} - 1) k where k % 3 = 0""", """
            insert into person (id, version, created, modified, subject, username, first_name, last_name, email, language)
            select ${b} + 4000 + p, 1, now(), now(), 'benchmark-' || ${b} || '-' || p, 'benchmark' || p, 'Łucja', 'Żabińska ' || p,
                   'benchmark' || p || '@example.org', 'PL'
            from generate_series(0, ${members}) p""", """
            insert into membership (id, version, created, modified, person_id, organisation_id, status, role)
            select ${b} + 6001 + k, 1, now(), now(), ${b} + 4001 + k, ${b} + 1101 + k, 'APPROVED', 'MEMBER'
            from generate_series(0, ${members} - 1) k""", """
            insert into membership (id, version, created, modified, person_id, organisation_id, status, role)
            select ${b} + 8001 + k, 1, now(), now(), ${b} + 4001 + k, ${b} + 1101 + (k + 1) % ${members}, 'REQUESTED', 'MEMBER'
            from generate_series(0, ${members} - 1) k where k % 10 = 0""", """
            insert into agreement (id, version, created, modified, title, reference, signed_on, valid_from, stage, visibility, offer_review)
            select ${b} + 1 + a, 1, now(), now(), 'Porozumienie o współpracy klastrów nr ' || a, '${mark}', date '2020-01-01' + a,
                   date '2020-01-01' + a, 'SIGNED', case when a % 50 = 49 then 'PUBLIC' else 'PARTICIPANTS' end,
                   case when a % 10 = 0 then 'REQUIRED' else 'NOT_REQUIRED' end
            from generate_series(0, ${agreements} - 1) a""", """
            insert into signatory (id, version, created, modified, agreement_id, organisation_id, signed_on, coordinating)
            select ${b} + 10001 + a * 4 + j, 1, now(), now(), ${b} + 1 + a, organisation_id, date '2020-01-01' + a, j = 0
            from (select a, 0 j, ${b} + 1001 + a % ${clusters} organisation_id from generate_series(0, ${agreements} - 1) a
                  union all select a, 1, ${b} + 1001 + (a + 37) % ${clusters} from generate_series(0, ${agreements} - 1) a
                  union all select a, 2, ${b} + 1101 + (a * 9) % ${members} from generate_series(0, ${agreements} - 1) a where a % 4 = 0
                  union all select a, 3, ${b} + 1101 + ${participant} from generate_series(0, ${agreements} - 1) a where a in (3, 77, 151)) s""",
            """
            insert into agreement_coordinator (agreement_id, person_id)
            select ${b} + 1 + a, ${b} + 4001 + (a * 13 + 7) % ${members} from generate_series(0, ${agreements} - 1) a
            union
            select ${b} + 1 + a, ${b} + 4001 + ${coordinator} from generate_series(10, 12) a""");

    /**
     * Offers of member {@code g % 1900}, one every 5 minutes back from now, with the agreement of its first cluster
     * (every fifth also another of that cluster): a fifth public, 5 % drafts, 4 % in review, 2 % withdrawn, the
     * rest published. Nine in ten hold the common word; offer {@code ${rare}} alone holds the rare one. A keyword of
     * 700 ("temat0" …) gives the text the long tail of a real vocabulary: with fewer than 100 frequent words in its
     * statistics, PostgreSQL guesses 2 % for every prefix search, the rare word's too.
     */
    private static final List<String> OFFER_ROWS = List.of("""
            insert into offer (id, version, created, modified, kind, category, title, summary, description, description_text, keywords,
                               owner_id, reach, valid_until, contact_id, status, published_at)
            select ${b} + 100000 + g, 1, t, m, case when g % 4 = 0 then 'REQUEST' else 'OFFER' end,
                   (array['PRODUCT', 'SERVICE', 'TECHNOLOGY', 'RND_COOPERATION', 'INTERNSHIP', 'OTHER'])[1 + g % 6],
                   'Oferta: ' || w1 || ' i ' || w2 || ' nr ' || g || case when g = ${rare} then ' ${rareWord}' else '' end,
                   case when g % 10 <> 0 then 'Współpraca klastrów: ' else 'Usługi dla klastrów: ' end || w3 || ', ' || w4,
                   '<p>Zakres: ' || w5 || ', ' || w6 || ', ' || w7 || '. Gęśla jaźń.</p>', 'Zakres: ' || w5 || ', ' || w6 || ', ' || w7 || '. Gęśla jaźń.',
                   w8 || ', ' || w9 || ', temat' || g % 700, ${b} + 1101 + g % ${members},
                   case when g <> ${rare} and h0 < 200 then 'PUBLIC' else '${offerParticipants}' end,
                   current_date - 30 + (h0 * 7) % 400, ${b} + 4001 + g % ${members},
                   case when g = ${rare} then 'PUBLISHED' when g % 20 = 1 then 'DRAFT' when g % 25 = 2 then 'IN_REVIEW'
                        when g % 50 = 3 then 'WITHDRAWN' else 'PUBLISHED' end,
                   case when g <> ${rare} and (g % 20 = 1 or g % 25 = 2) then null else m end
            from (select g, t, least(now(), t + (hh % 30) * interval '1 day') m, h0,
                         v[1 + h1 * h1 / 20000] w1, v[1 + h2 * h2 / 20000] w2, v[1 + h3 * h3 / 20000] w3, v[1 + h4 * h4 / 20000] w4,
                         v[1 + h5 * h5 / 20000] w5, v[1 + h6 * h6 / 20000] w6, v[1 + h7 * h7 / 20000] w7, v[1 + h8 * h8 / 20000] w8,
                         v[1 + h9 * h9 / 20000] w9
                  from (select g, now() - (${offers} - g) * interval '5 minutes' t, ${vocabulary} v,
                               ${h(g, 0)} h0, ${h(g, 10)} hh, ${h(g, 1)} h1, ${h(g, 2)} h2, ${h(g, 3)} h3, ${h(g, 4)} h4,
                               ${h(g, 5)} h5, ${h(g, 6)} h6, ${h(g, 7)} h7, ${h(g, 8)} h8, ${h(g, 9)} h9
                        from generate_series(1, ${offers}) g) r) o""", """
            insert into offer_agreement (offer_id, agreement_id)
            select ${b} + 100000 + g, ${b} + 1 + (g % ${members}) % ${clusters} + ${clusters} * (g % 2) from generate_series(1, ${offers}) g
            union all
            select ${b} + 100000 + g, ${b} + 1 + ((g % ${members}) % ${clusters} + 63) % ${clusters} + ${clusters} * ((g / 2) % 2)
            from generate_series(1, ${offers}) g where g % 5 = 0""", """
            insert into offer_co_provider (id, version, created, modified, offer_id, organisation_id, answer)
            select ${b} + 400000 + g, 1, now(), now(), ${b} + 100000 + g, ${b} + 1101 + (g + 1) % ${members},
                   (array['CONFIRMED', 'DECLINED', 'ASKED'])[1 + g % 3]
            from generate_series(1, ${offers}) g where g % 40 = 7""");

    /** Events over a year back and a year ahead, organised by member {@code 7e % 1900}: 30 % public, 10 % drafts, 2 % cancelled. */
    private static final List<String> EVENT_ROWS = List.of("""
            insert into event (id, version, created, modified, type, title, description, starts_at, ends_at, zone_id, place, language,
                               organiser_id, coordinator_id, reach, capacity, registration_closes, needs_approval, status, sequence_number)
            select ${b} + 700000 + e, 1, now(), now(), (array['TRAINING', 'SEMINAR', 'CONFERENCE', 'WORKSHOP', 'INTERNSHIP', 'MEETING'])[1 + e % 6],
                   case when e % 5 <> 0 then 'Współpraca klastrów: ' else 'Spotkanie: ' end || 'wydarzenie nr ' || e, 'Opis wydarzenia ' || e,
                   s, s + interval '3 hours', 'Europe/Warsaw', (array['Katowice', 'Gliwice', 'Kraków', 'Łódź', 'Poznań'])[1 + e % 5], 'pl',
                   ${b} + 1101 + (e * 7) % ${members}, ${b} + 4001 + (e * 7) % ${members},
                   case when ${h(e, 20)} < 300 then 'PUBLIC' else '${eventParticipants}' end, 50, s - interval '1 day', false,
                   case when e % 10 = 1 then 'DRAFT' when e % 50 = 2 then 'CANCELLED' else 'PUBLISHED' end, 0
            from (select e, now() + (e - ${events} / 2) * (interval '365 days' / (${events} / 2)) s from generate_series(1, ${events}) e) x""",
            """
            insert into event_agreement (event_id, agreement_id)
            select ${b} + 700000 + e, ${b} + 1 + ((e * 7) % ${members}) % ${clusters} + ${clusters} * (e % 2) from generate_series(1, ${events}) e
            union all
            select ${b} + 700000 + e, ${b} + 1 + (((e * 7) % ${members}) % ${clusters} + 63) % ${clusters} + ${clusters} * ((e / 2) % 2)
            from generate_series(1, ${events}) e where e % 10 = 0""");

    /** Proposals led by member {@code 11p % 1900} with two more partners (the third invited, requested or declined): 30 % public. */
    private static final List<String> PROPOSAL_ROWS = List.of("""
            insert into project_proposal (id, version, created, modified, title, acronym, programme, deadline, time_zone, currency, summary,
                                          reach, lead_id, contact_id, status, status_changed)
            select ${b} + 800000 + p, 1, now() - (${proposals} - p) * interval '1 hour', now() - (${proposals} - p) * interval '1 hour',
                   'Projekt: ' || case when p % 5 <> 0 then 'współpraca ' else 'badania ' end || 'nr ' || p, 'BNCH' || p,
                   (array['Horyzont Europa', 'FENG', 'Interreg', 'LIFE'])[1 + p % 4], now() + (p % 400 - 100) * interval '1 day',
                   'Europe/Warsaw', 'EUR', 'Wspólny wniosek klastrów nr ' || p,
                   case when ${h(p, 30)} < 300 then 'PUBLIC' else '${proposalParticipants}' end,
                   ${b} + 1101 + (p * 11) % ${members}, ${b} + 4001 + (p * 11) % ${members},
                   (array['IDEA', 'CONSORTIUM_BUILDING', 'IN_PREPARATION', 'SUBMITTED', 'FUNDED', 'REJECTED', 'WITHDRAWN'])[1 + p % 7], now()
            from generate_series(1, ${proposals}) p""", """
            insert into proposal_partner (id, version, created, modified, proposal_id, organisation_id, role, state)
            select ${b} + 900000 + p * 3 + j, 1, now(), now(), ${b} + 800000 + p, ${b} + 1101 + ((p * 11) % ${members} + j * 100) % ${members},
                   (array['COORDINATOR', 'INDUSTRIAL_PARTNER', 'RESEARCH_PARTNER'])[1 + j],
                   case when j < 2 then 'ACCEPTED' else (array['INVITED', 'REQUESTED', 'DECLINED'])[1 + p % 3] end
            from generate_series(1, ${proposals}) p, generate_series(0, 2) j""", """
            insert into proposal_agreement (proposal_id, agreement_id)
            select ${b} + 800000 + p, ${b} + 1 + ((p * 11) % ${members}) % ${clusters} + ${clusters} * (p % 2) from generate_series(1, ${proposals}) p
            union all
            select ${b} + 800000 + p, ${b} + 1 + (((p * 11) % ${members}) % ${clusters} + 63) % ${clusters} + ${clusters} * ((p / 2) % 2)
            from generate_series(1, ${proposals}) p where p % 4 = 0""");

    /** The audience by the rules of V12__audience.sql, for the generated subjects only. */
    private static final List<String> AUDIENCE_ROWS = List.of("""
            insert into audience (subject_type, subject_id, grantee)
            select 'OFFER', o.id, 'O:' || o.owner_id from offer o where o.id between ${lo} and ${hi}
            union all
            select 'OFFER', c.offer_id, 'O:' || c.organisation_id from offer_co_provider c
            where c.offer_id between ${lo} and ${hi} and c.answer <> 'DECLINED'
            union all
            select 'OFFER', o.id, 'R:' || oa.agreement_id from offer o join offer_agreement oa on oa.offer_id = o.id
            where o.id between ${lo} and ${hi} and o.status = 'IN_REVIEW'
            union all
            select 'OFFER', o.id, '*' from offer o where o.id between ${lo} and ${hi} and o.status = 'PUBLISHED' and o.reach = 'PUBLIC'
            union all
            select 'OFFER', o.id, 'A:' || oa.agreement_id from offer o join offer_agreement oa on oa.offer_id = o.id
            where o.id between ${lo} and ${hi} and o.status = 'PUBLISHED' and o.reach <> 'PUBLIC'""", """
            insert into audience (subject_type, subject_id, grantee)
            select 'EVENT', e.id, 'P:' || e.coordinator_id from event e where e.id between ${lo} and ${hi}
            union all
            select 'EVENT', ea.event_id, 'C:' || ea.agreement_id from event_agreement ea where ea.event_id between ${lo} and ${hi}
            union all
            select 'EVENT', e.id, '*' from event e where e.id between ${lo} and ${hi} and e.status <> 'DRAFT' and e.reach = 'PUBLIC'
            union all
            select 'EVENT', e.id, 'A:' || ea.agreement_id from event e join event_agreement ea on ea.event_id = e.id
            where e.id between ${lo} and ${hi} and e.status <> 'DRAFT' and e.reach <> 'PUBLIC'""", """
            insert into audience (subject_type, subject_id, grantee)
            select 'PROPOSAL', p.id, 'O:' || p.lead_id from project_proposal p where p.id between ${lo} and ${hi}
            union
            select 'PROPOSAL', pp.proposal_id, 'O:' || pp.organisation_id from proposal_partner pp where pp.proposal_id between ${lo} and ${hi}
            union all
            select 'PROPOSAL', p.id, '*' from project_proposal p where p.id between ${lo} and ${hi} and p.reach = 'PUBLIC'
            union all
            select 'PROPOSAL', p.id, 'A:' || pa.agreement_id from project_proposal p join proposal_agreement pa on pa.proposal_id = p.id
            where p.id between ${lo} and ${hi} and p.reach <> 'PUBLIC'""");

    /** Everything of a run, children before parents. */
    private static final List<String> DELETES = List.of(
            "delete from audience where subject_type in ('OFFER', 'EVENT', 'PROPOSAL') and subject_id between ${lo} and ${hi}",
            "delete from offer_agreement where offer_id between ${lo} and ${hi}",
            "delete from offer_co_provider where offer_id between ${lo} and ${hi}",
            "delete from offer where id between ${lo} and ${hi}",
            "delete from event_agreement where event_id between ${lo} and ${hi}",
            "delete from event where id between ${lo} and ${hi}",
            "delete from proposal_agreement where proposal_id between ${lo} and ${hi}",
            "delete from proposal_partner where proposal_id between ${lo} and ${hi}",
            "delete from project_proposal where id between ${lo} and ${hi}",
            "delete from agreement_coordinator where agreement_id between ${lo} and ${hi}",
            "delete from signatory where agreement_id between ${lo} and ${hi}",
            "delete from agreement where id between ${lo} and ${hi}",
            "delete from membership where person_id between ${lo} and ${hi}",
            "delete from cluster_member where member_id between ${lo} and ${hi}",
            "delete from person where id between ${lo} and ${hi}",
            "delete from organisation where id between ${lo} and ${hi}");

    @Inject
    private OfferService offerService;

    @Inject
    private EventService eventService;

    @Inject
    private ProposalService proposalService;

    @Inject
    private FiguresService figuresService;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private DataSource dataSource;

    /** What the numbers of offers, events and proposals are multiplied by: {@code PORTAL_BENCHMARK_SCALE}, default 1. */
    double scale() {
        return Double.parseDouble(System.getenv().getOrDefault("PORTAL_BENCHMARK_SCALE", "1"));
    }

    @Deployment
    static WebArchive deployment() {
        // This class too, for OfferSearchBenchmarkSmokeIT: Arquillian adds only the test class it runs.
        return Deployments.portalWithAssertions().addClasses(OfferSearchBenchmarkIT.class, Sql.class, SqlWork.class, SqlCapture.class, Captured.class, Measurement.class);
    }

    /** PostgreSQL only, decided before the test reaches the server (an assumption failed there is an error). */
    static boolean onPostgreSql() {
        return "postgresql".equals(System.getProperty("portal.test.db", System.getProperty("portal.db.driver")));
    }

    @Test
    @EnabledIf("onPostgreSql")
    void listsOverTwoHundredThousandOffers() throws Exception {
        dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/PortalDS");
        String product = inTransaction(c -> c.getMetaData().getDatabaseProductName());
        assertThat(product.toLowerCase(Locale.ROOT)).as("the database").contains("postgres");

        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        report.add("Offer search benchmark, " + Instant.now() + ", database " + inTransaction(c -> Sql.text(c, "select current_database()"))
                + ", " + inTransaction(c -> Sql.text(c, "select version()")).replaceAll(" on .*", "")
                + "; on the portal's connections jit = " + inTransaction(c -> Sql.text(c, "show jit")));
        for (String mark : inTransaction(c -> Sql.texts(c, "select distinct reference from agreement where reference like '" + MARK + "%'"))) {
            long leftover = Long.parseLong(mark.substring(MARK.length()));
            report.add("Removed the rows a killed run left (block " + leftover + ") in " + cleanUp(leftover) + " ms");
        }
        long base = inTransaction(c -> {
            long first = Sql.number(c, "select nextval('entity_seq')");
            Sql.number(c, "select setval('entity_seq', " + (first + BLOCK) + ")");
            return first;
        });
        try {
            generate(base, report);
            measure(base, report, failures);
        }
        finally {
            write(report);
            report.add("");
            report.add("Deleted the generated rows in " + cleanUp(base) + " ms");
            write(report);
            System.out.println(String.join("\n", report));
        }
        assertThat(failures).as("measurements that failed (see the report)").isEmpty();
    }

    private static void write(List<String> report) throws Exception {
        Files.writeString(Path.of(System.getProperty("jboss.server.base.dir", "."), "..", "..", "offer-search-benchmark.txt"),
                String.join("\n", report) + "\n");
    }

    // ---- the data ---------------------------------------------------------------------------------------

    private void generate(long base, List<String> report) throws Exception {
        int rare = rareOffer();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("b", Long.toString(base));
        values.put("lo", Long.toString(base + 1));
        values.put("hi", Long.toString(base + BLOCK - 1));
        values.put("mark", MARK + base);
        values.put("clusters", Integer.toString(CLUSTERS));
        values.put("agreements", Integer.toString(AGREEMENTS));
        values.put("members", Integer.toString(MEMBERS));
        values.put("participant", Integer.toString(PARTICIPANT_MEMBER));
        values.put("coordinator", Integer.toString(COORDINATOR_MEMBER));
        values.put("offers", Integer.toString(offerCount));
        values.put("events", Integer.toString(eventCount));
        values.put("proposals", Integer.toString(proposalCount));
        values.put("rare", Integer.toString(rare));
        values.put("rareWord", RARE);
        values.put("vocabulary", VOCABULARY);
        // The reach that is not PUBLIC, as this version of the entities names it (AGREEMENTS before V12, PARTICIPANTS since).
        values.put("offerParticipants", participantsReach("Offer"));
        values.put("eventParticipants", participantsReach("Event"));
        values.put("proposalParticipants", participantsReach("ProjectProposal"));
        boolean audience = inTransaction(c -> Sql.text(c, "select to_regclass('audience') is not null").equals("t"));

        long started = System.nanoTime();
        List<String> steps = new ArrayList<>();
        steps.add(step("organisations, people, agreements", STRUCTURE, values));
        steps.add(step("offers", OFFER_ROWS, values));
        steps.add(step("events", EVENT_ROWS, values));
        steps.add(step("proposals", PROPOSAL_ROWS, values));
        if (audience) {
            steps.add(step("audience", AUDIENCE_ROWS, values));
        }
        steps.add(vacuum(TABLES + (audience ? ", audience" : "")));
        long total = (System.nanoTime() - started) / 1_000_000;

        Map<String, Long> rows = inTransaction(c -> {
            Map<String, Long> counted = new LinkedHashMap<>();
            counted.put("offers", Sql.number(c, Sql.fill("select count(*) from offer where id between ${lo} and ${hi}", values)));
            counted.put("offer agreements", Sql.number(c, Sql.fill("select count(*) from offer_agreement where offer_id between ${lo} and ${hi}", values)));
            counted.put("events", Sql.number(c, Sql.fill("select count(*) from event where id between ${lo} and ${hi}", values)));
            counted.put("proposals", Sql.number(c, Sql.fill("select count(*) from project_proposal where id between ${lo} and ${hi}", values)));
            counted.put("agreements", Sql.number(c, Sql.fill("select count(*) from agreement where id between ${lo} and ${hi}", values)));
            counted.put("organisations", Sql.number(c, Sql.fill("select count(*) from organisation where id between ${lo} and ${hi}", values)));
            counted.put("signatories", Sql.number(c, Sql.fill("select count(*) from signatory where agreement_id between ${lo} and ${hi}", values)));
            counted.put("people", Sql.number(c, Sql.fill("select count(*) from person where id between ${lo} and ${hi}", values)));
            if (audience) {
                counted.put("audience rows", Sql.number(c, Sql.fill("select count(*) from audience where subject_id between ${lo} and ${hi}", values)));
            }
            return counted;
        });
        report.add("Generated " + rows.entrySet().stream().map(e -> "%,d %s".formatted(e.getValue(), e.getKey())).collect(Collectors.joining(", "))
                + (audience ? "" : " (no audience table in this schema)"));
        report.add("  in " + total + " ms: " + String.join(", ", steps) + "; the rare word is in offer " + (base + 100_000 + rare) + " only");
        report.add("  offer reach values: PUBLIC / " + values.get("offerParticipants"));
    }

    /**
     * The offer that alone holds the rare word: published to the participants of agreement 42 only, which the
     * participant takes part in through cluster 42: member {@code g % 1900} = 142 is in cluster 42, and {@code g} is
     * even. Near the middle of the offers, so that it is on no first page by date.
     */
    private int rareOffer() {
        int member = PARTICIPANT_MEMBER + CLUSTERS;
        int g = MEMBERS * (offerCount / 2 / MEMBERS) + member;
        return g <= offerCount ? g : member;
    }

    private String step(String name, List<String> statements, Map<String, String> values) throws Exception {
        long started = System.nanoTime();
        inTransaction(c -> {
            for (String statement : statements) {
                Sql.update(c, Sql.fill(statement, values));
            }
            return null;
        });
        return name + " " + (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    /**
     * {@code VACUUM (ANALYZE)}: the statistics, and the visibility map a table has in a running portal once
     * autovacuum passed (without it every index-only scan of fresh rows visits the heap). VACUUM runs outside a
     * transaction; where the connection cannot, the tables are only analysed.
     */
    private String vacuum(String tables) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            statement.execute("vacuum (analyze) " + tables);
            return "vacuum (analyze) " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }
        catch (SQLException notOutsideATransaction) {
            inTransaction(c -> Sql.update(c, "analyze " + tables));
            return "analyze (no vacuum: " + notOutsideATransaction.getMessage() + ") " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }
    }

    private String participantsReach(String entity) {
        EntityType<?> type = entityManager.getMetamodel().getEntities().stream().filter(e -> e.getName().equals(entity)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No entity " + entity));
        Object[] reaches = type.getAttribute("reach").getJavaType().getEnumConstants();
        return Arrays.stream(reaches).map(reach -> ((Enum<?>) reach).name()).filter(name -> !name.equals("PUBLIC")).findFirst().orElseThrow();
    }

    /**
     * Deletes a run's rows. As superuser without the foreign-key triggers (with them, each of the 1 901 people
     * costs a scan of the offer table, which has no index on its contact: a minute), then checks in the same
     * transaction that no row anywhere still refers to an id of the block; if one does, deletes again with the
     * triggers, which refuses rather than leaving a dangling reference.
     */
    private long cleanUp(long base) throws Exception {
        Map<String, String> values = Map.of("lo", Long.toString(base + 1), "hi", Long.toString(base + BLOCK - 1));
        long started = System.nanoTime();
        boolean audience = inTransaction(c -> Sql.text(c, "select to_regclass('audience') is not null").equals("t"));
        List<String> deletes = DELETES.stream().filter(delete -> audience || !delete.contains(" audience ")).toList();
        boolean fast = inTransaction(c -> Sql.text(c, "select current_setting('is_superuser')").equals("on"));
        if (fast) {
            try {
                inTransaction(c -> {
                    Sql.update(c, "set local session_replication_role = replica");
                    for (String delete : deletes) {
                        Sql.update(c, Sql.fill(delete, values));
                    }
                    for (String check : Sql.texts(c, """
                            select format('select count(*) from %s where %I between ${lo} and ${hi}', c.conrelid::regclass, a.attname)
                            from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                            where c.contype = 'f'""".replace("${lo}", values.get("lo")).replace("${hi}", values.get("hi")))) {
                        if (Sql.number(c, check) > 0) {
                            throw new IllegalStateException("Still referred to: " + check);
                        }
                    }
                    return null;
                });
                return (System.nanoTime() - started) / 1_000_000;
            }
            catch (IllegalStateException referred) {
                System.out.println("Deleting with the foreign keys checked: " + referred.getMessage());
            }
        }
        inTransaction(c -> {
            for (String delete : deletes) {
                Sql.update(c, Sql.fill(delete, values));
            }
            return null;
        });
        return (System.nanoTime() - started) / 1_000_000;
    }

    // ---- the measurements -------------------------------------------------------------------------------

    private void measure(long base, List<String> report, List<String> failures) throws Exception {
        Map<String, Viewer> viewers = new LinkedHashMap<>();
        viewers.put("participant", new Viewer(base + 4001 + PARTICIPANT_MEMBER, false));
        viewers.put("coordinator", new Viewer(base + 4001 + COORDINATOR_MEMBER, false));
        viewers.put("admin", new Viewer(base + 4000, true));
        report.add("Viewers: participant = person " + viewers.get("participant").personId() + " (approved member of an organisation that signed"
                + " agreements 3, 77, 151 and is in clusters 42 and 97: takes part in 11 of the 200, and 4 are public); coordinator = person "
                + viewers.get("coordinator").personId() + " (coordinates agreements 10, reviewing offers, 11 and 12; takes part in 4 through"
                + " cluster 0); admin = person " + viewers.get("admin").personId() + " with the admin role");
        report.add("Every figure: the median of " + RUNS + " runs after a warm-up, in ms, through the service (its transaction included).");

        String[] words = {COMMON, RARE, null};
        Map<String, double[]> goal = new LinkedHashMap<>();
        report.add("");
        report.add("Offers: count; first page (" + PAGE + ") by date (NEWEST); first page by relevance; page 400 (first = " + DEEP + ")");
        report.add("%-12s %-11s %8s %8s %8s %9s %9s".formatted("viewer", "words", "matches", "count", "newest", "relevance", "page 400"));
        for (Map.Entry<String, Viewer> entry : viewers.entrySet()) {
            Viewer viewer = entry.getValue();
            for (String word : words) {
                OfferFilter newest = offerFilter(word, OfferOrder.NEWEST);
                OfferFilter relevance = offerFilter(word, OfferOrder.RELEVANCE);
                guarded(failures, report, () -> {
                    long matches = offerService.count(viewer, newest);
                    assertThat(matches).as("a count stops past the limit").isLessThanOrEqualTo(OfferService.COUNT_LIMIT + 1);
                    double count = millis(() -> offerService.count(viewer, newest));
                    double first = millis(() -> offerService.list(viewer, newest, 0, PAGE));
                    double ranked = millis(() -> offerService.list(viewer, relevance, 0, PAGE));
                    double deep = millis(() -> offerService.list(viewer, newest, DEEP, PAGE));
                    report.add("%-12s %-11s %,8d %8.1f %8.1f %9.1f %9.1f".formatted(entry.getKey(), word == null ? "(none)" : word, matches,
                            count, first, ranked, deep));
                    if (COMMON.equals(word)) {
                        goal.put(entry.getKey(), new double[] {count, first});
                    }
                });
            }
        }
        double[] participant = goal.getOrDefault("participant", new double[] {Double.NaN, Double.NaN});
        double[] admin = goal.getOrDefault("admin", new double[] {Double.NaN, Double.NaN});
        boolean met = participant[0] <= 2 * admin[0] && participant[1] <= 2 * admin[1] && participant[0] < 20 && participant[1] < 20;
        report.add("Goal (issue 13: the participant's count and first page of a common word within 2x the admin's and under 20 ms each): "
                + (met ? "met" : "not met") + " - count %.1f ms = %.1fx the admin's, first page %.1f ms = %.1fx".formatted(participant[0],
                        participant[0] / admin[0], participant[1], participant[1] / admin[1]));

        Viewer who = viewers.get("participant");
        OfferFilter common = offerFilter(COMMON, OfferOrder.NEWEST);
        List<String> plans = new ArrayList<>();
        guarded(failures, plans, () -> explain("the participant's offer count, '" + COMMON + "'", () -> offerService.count(who, common), plans));
        guarded(failures, plans, () -> explain("the participant's first page of offers by date, '" + COMMON + "'",
                () -> offerService.list(who, common, 0, PAGE), plans));
        Viewer coordinator = viewers.get("coordinator");
        OfferFilter none = offerFilter(null, OfferOrder.NEWEST);
        guarded(failures, plans, () -> explain("the coordinator's first page of offers by date, no word",
                () -> offerService.list(coordinator, none, 0, PAGE), plans));

        report.add("");
        report.add("Events (upcoming, soonest first): count; first page (" + PAGE + ")");
        report.add("%-12s %-11s %8s %8s %8s".formatted("viewer", "words", "matches", "count", "page"));
        for (Map.Entry<String, Viewer> entry : viewers.entrySet()) {
            Viewer viewer = entry.getValue();
            for (String word : new String[] {null, COMMON}) {
                EventFilter events = new EventFilter();
                events.setWords(word);
                guarded(failures, report, () -> report.add("%-12s %-11s %,8d %8s %8s".formatted(entry.getKey(), word == null ? "(none)" : word,
                        eventService.count(viewer, events, ZONE),
                        time(() -> eventService.count(viewer, events, ZONE)),
                        time(() -> eventService.list(viewer, events, ZONE, 0, PAGE)))));
            }
        }
        report.add("");
        report.add("Proposals (newest first): count; first page (" + PAGE + ")");
        report.add("%-12s %-11s %8s %8s %8s".formatted("viewer", "words", "matches", "count", "page"));
        for (Map.Entry<String, Viewer> entry : viewers.entrySet()) {
            Viewer viewer = entry.getValue();
            for (String word : new String[] {null, COMMON}) {
                ProposalFilter proposals = new ProposalFilter();
                proposals.setWords(word);
                guarded(failures, report, () -> report.add("%-12s %-11s %,8d %8s %8s".formatted(entry.getKey(), word == null ? "(none)" : word,
                        proposalService.count(viewer, proposals),
                        time(() -> proposalService.count(viewer, proposals)),
                        time(() -> proposalService.list(viewer, proposals, 0, PAGE)))));
            }
        }
        measureFigures(base, viewers.get("admin"), viewers.get("coordinator"), report, failures);
        report.addAll(plans);
    }

    /**
     * Issue 15: the figures of the last 12 months for the agreement with the most offers, as the admin and as a
     * coordinator (whose every count goes through the audience), and of the whole portal, beside the admin's
     * plain count of offers in the same run as the machine's yardstick.
     */
    private void measureFigures(long base, Viewer admin, Viewer coordinator, List<String> report, List<String> failures) throws Exception {
        long largest = inTransaction(c -> Sql.number(c, "select agreement_id from offer_agreement where agreement_id between "
                + (base + 1) + " and " + (base + AGREEMENTS) + " group by agreement_id order by count(*) desc, agreement_id limit 1"));
        long offers = inTransaction(c -> Sql.number(c, "select count(*) from offer_agreement where agreement_id = " + largest));
        long coordinated = base + 1 + 10;
        Period year = Period.lastTwelveMonths(LocalDate.now());
        report.add("");
        report.add("Figures of the last 12 months (issue 15: under 300 ms on PostgreSQL), every figure of the page, links included");
        guarded(failures, report, () -> {
            assertThat(figuresService.sheet(admin, Scope.agreement(largest), year)).as("the admin's figures").isPresent();
            assertThat(figuresService.sheet(coordinator, Scope.agreement(coordinated), year)).as("the coordinator's figures").isPresent();
            double agreement = millis(() -> figuresService.sheet(admin, Scope.agreement(largest), year));
            double ofCoordinator = millis(() -> figuresService.sheet(coordinator, Scope.agreement(coordinated), year));
            double portal = millis(() -> figuresService.sheet(admin, Scope.portal(), year));
            double yardstick = millis(() -> offerService.count(admin, offerFilter(null, OfferOrder.NEWEST)));
            report.add("agreement %d (%,d offers) as the admin: %.1f ms; agreement %d as its coordinator: %.1f ms; the portal (%,d offers)"
                    .formatted(largest - base - 1, offers, agreement, coordinated - base - 1, ofCoordinator, offerCount)
                    + " as the admin: %.1f ms; the admin's offer count in the same run: %.1f ms".formatted(portal, yardstick));
            report.add("Goal (issue 15: an agreement's figures of a year under 300 ms): " + (agreement < 300 && ofCoordinator < 300 ? "met" : "not met"));
            statements("The coordinator's figures of agreement " + (coordinated - base - 1),
                    () -> figuresService.sheet(coordinator, Scope.agreement(coordinated), year), report);
            statements("The admin's figures of agreement " + (largest - base - 1), () -> figuresService.sheet(admin, Scope.agreement(largest), year), report);
        });
    }

    /** Runs one measurement; a failure is written into the report (and fails the test at the end) instead of ending the run. */
    private static void guarded(List<String> failures, List<String> report, Measurement measurement) {
        try {
            measurement.run();
        }
        catch (Exception | AssertionError e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String failure = "FAILED: " + e + (cause == e ? "" : " caused by " + cause);
            failures.add(failure);
            report.add(failure.lines().map(String::strip).collect(Collectors.joining(" ")));
        }
    }

    @FunctionalInterface
    interface Measurement {
        void run() throws Exception;
    }

    private static OfferFilter offerFilter(String words, OfferOrder order) {
        OfferFilter filter = new OfferFilter();
        filter.setWords(words);
        filter.setOrder(order);
        return filter;
    }

    /**
     * Calls the service once (after a warm-up) while recording the SQL EclipseLink sends, and writes every
     * statement with its time; the statements on offers are run again with EXPLAIN (ANALYZE, BUFFERS), their
     * parameters written in as literals (as the driver's first executions plan them).
     */
    private void explain(String title, Supplier<?> call, List<String> report) throws Exception {
        List<Captured> statements = captured(call);
        report.add("");
        report.add("== " + title + ": " + statements.size() + " SQL statement(s), "
                + "%.1f ms in the database".formatted(statements.stream().mapToDouble(Captured::millis).sum()));
        Map<String, List<Captured>> bySql = statements.stream().collect(Collectors.groupingBy(Captured::sql, LinkedHashMap::new, Collectors.toList()));
        for (List<Captured> same : bySql.values()) {
            Captured statement = same.get(0);
            report.add("-- %d x %.1f ms: %s".formatted(same.size(), same.stream().mapToDouble(Captured::millis).sum() / same.size(), statement.sql()));
            if (same.size() > 1 || !statement.sql().toLowerCase(Locale.ROOT).contains("from offer")) {
                continue;
            }
            String inlined = Sql.inline(statement.sql(), statement.parameters());
            report.add("   parameters: " + statement.parameters());
            report.add("   - custom plan (the values known to the planner, as in the driver's first executions of a statement):");
            report.addAll(inTransaction(c -> Sql.texts(c, "explain (analyze, buffers) " + inlined)).stream().map(line -> "   " + line).toList());
            report.add("   - generic plan (the values unknown: pgjdbc prepares a statement on the server from its 5th execution on a"
                    + " connection, and PostgreSQL, after 5 plans with the values, may keep one plan without them):");
            report.addAll(inTransaction(c -> Sql.genericPlan(c, statement.sql(), statement.parameters())).stream().map(line -> "   " + line).toList());
        }
    }

    /** The SQL EclipseLink sends for one call (after a warm-up), with each statement's time. */
    private List<Captured> captured(Supplier<?> call) {
        call.get();
        SessionEventManager events = entityManager.getEntityManagerFactory().unwrap(JpaEntityManagerFactory.class).getDatabaseSession()
                .getEventManager();
        SqlCapture capture = new SqlCapture();
        events.addListener(capture);
        try {
            call.get();
        }
        finally {
            events.removeListener(capture);
        }
        return capture.statements();
    }

    /** Every statement of one call, the slowest first, and the plans of the slowest three: where a call made of many queries spends its time. */
    private void statements(String title, Supplier<?> call, List<String> report) throws Exception {
        List<Captured> statements = new ArrayList<>(captured(call));
        statements.sort(Comparator.comparingDouble(Captured::millis).reversed());
        report.add("== " + title + ": " + statements.size() + " SQL statement(s), "
                + "%.1f ms in the database".formatted(statements.stream().mapToDouble(Captured::millis).sum()));
        statements.forEach(statement -> report.add("-- %.1f ms: %s".formatted(statement.millis(), statement.sql())));
        for (Captured slow : statements.subList(0, Math.min(3, statements.size()))) {
            String inlined = Sql.inline(slow.sql(), slow.parameters());
            report.add("   plan of the %.1f ms statement:".formatted(slow.millis()));
            report.addAll(inTransaction(c -> Sql.texts(c, "explain (analyze, buffers) " + inlined)).stream().map(line -> "   " + line).toList());
        }
    }

    /** The median of {@link #RUNS} runs after one warm-up, in milliseconds. */
    private static double millis(Supplier<?> search) {
        search.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            search.get();
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        times.sort(null);
        return times.get(RUNS / 2);
    }

    /** {@link #millis} as text. */
    private static String time(Supplier<?> search) {
        return "%.1f".formatted(millis(search));
    }

    private <T> T inTransaction(SqlWork<T> work) throws Exception {
        transaction.setTransactionTimeout(900);
        transaction.begin();
        T result;
        try (Connection connection = dataSource.getConnection()) {
            result = work.run(connection);
        }
        catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        return result;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Plain JDBC for the data, so that nothing of it passes through EclipseLink's parsing of native SQL. */
    static final class Sql {

        private Sql() {
        }

        /**
         * The statement with its {@code ${name}} placeholders filled; {@code ${h(x, salt)}} is a number from 0 to
         * 999 that depends on {@code x} alone, the same on every run and machine (PostgreSQL's seeded hash).
         */
        static String fill(String statement, Map<String, String> values) {
            String filled = statement.replaceAll("\\$\\{h\\((\\w+), (\\d+)\\)}", "((hashint8extended($1, $2) % 1000 + 1000) % 1000)::int");
            for (Map.Entry<String, String> value : values.entrySet()) {
                filled = filled.replace("${" + value.getKey() + "}", value.getValue());
            }
            if (filled.contains("${")) {
                throw new IllegalArgumentException("Unfilled placeholder in " + filled);
            }
            return filled;
        }

        static int update(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            }
        }

        static long number(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        static String text(Connection connection, String sql) throws SQLException {
            return texts(connection, sql).get(0);
        }

        static List<String> texts(Connection connection, String sql) throws SQLException {
            List<String> texts = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
            return texts;
        }

        /** The SQL with each {@code ?} outside quotes replaced by its parameter as a literal. */
        static String inline(String sql, List<Object> parameters) {
            StringBuilder inlined = new StringBuilder();
            boolean quoted = false;
            int next = 0;
            for (char character : sql.toCharArray()) {
                if (character == '\'') {
                    quoted = !quoted;
                }
                if (character == '?' && !quoted) {
                    if (next >= parameters.size()) {
                        throw new IllegalStateException("More ? than the " + parameters.size() + " parameters in " + sql);
                    }
                    inlined.append(literal(parameters.get(next++)));
                }
                else {
                    inlined.append(character);
                }
            }
            return inlined.toString();
        }

        /**
         * EXPLAIN (ANALYZE, BUFFERS) of the statement's generic plan: prepared with the types pgjdbc binds, executed
         * once with {@code plan_cache_mode = force_generic_plan} (for this transaction only), deallocated.
         */
        static List<String> genericPlan(Connection connection, String sql, List<Object> parameters) throws SQLException {
            String name = "benchmark_" + System.nanoTime();
            StringBuilder numbered = new StringBuilder();
            boolean quoted = false;
            int next = 0;
            for (char character : sql.toCharArray()) {
                if (character == '\'') {
                    quoted = !quoted;
                }
                if (character == '?' && !quoted) {
                    numbered.append('$').append(++next);
                }
                else {
                    numbered.append(character);
                }
            }
            String types = parameters.stream().map(Sql::type).collect(Collectors.joining(", "));
            String values = parameters.stream().map(Sql::literal).collect(Collectors.joining(", "));
            update(connection, "prepare " + name + (parameters.isEmpty() ? "" : "(" + types + ")") + " as " + numbered);
            try {
                update(connection, "set local plan_cache_mode = force_generic_plan");
                return texts(connection, "explain (analyze, buffers) execute " + name + (parameters.isEmpty() ? "" : "(" + values + ")"));
            }
            finally {
                update(connection, "deallocate " + name);
            }
        }

        /** The type pgjdbc binds a value as. */
        private static String type(Object value) {
            if (value instanceof Integer || value instanceof Short) {
                return "integer";
            }
            if (value instanceof Long) {
                return "bigint";
            }
            if (value instanceof Boolean) {
                return "boolean";
            }
            if (value instanceof java.math.BigDecimal) {
                return "numeric";
            }
            if (value instanceof Double || value instanceof Float) {
                return "double precision";
            }
            if (value instanceof java.time.LocalDate || value instanceof java.sql.Date) {
                return "date";
            }
            if (value instanceof java.time.Instant || value instanceof java.time.OffsetDateTime) {
                return "timestamptz";
            }
            if (value instanceof java.util.Date || value instanceof java.time.LocalDateTime) {
                return "timestamp";
            }
            return "varchar";
        }

        private static String literal(Object value) {
            if (value == null || value instanceof DatabaseField) {
                return "null";
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            if (value instanceof Collection<?> values) {
                return values.stream().map(Sql::literal).collect(Collectors.joining(", "));
            }
            String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
            return "'" + text.replace("'", "''") + "'";
        }
    }

    /** One statement EclipseLink sent: its SQL with {@code ?}, the values bound, the time from its execution to its result. */
    record Captured(String sql, List<Object> parameters, double millis) {
    }

    /** Records the statements EclipseLink executes while it is listening (one call of a service, nothing else running). */
    static final class SqlCapture extends SessionEventAdapter {

        private final Map<Object, Long> started = Collections.synchronizedMap(new IdentityHashMap<>());
        private final List<Captured> statements = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void preExecuteCall(SessionEvent event) {
            started.putIfAbsent(event.getCall(), System.nanoTime());
        }

        @Override
        public void postExecuteCall(SessionEvent event) {
            Long start = started.remove(event.getCall());
            if (start != null && event.getCall() instanceof DatabaseCall call) {
                statements.add(new Captured(call.getSQLString(), new ArrayList<>(call.getParameters()), (System.nanoTime() - start) / 1_000_000.0));
            }
        }

        List<Captured> statements() {
            synchronized (statements) {
                return List.copyOf(statements);
            }
        }
    }
}

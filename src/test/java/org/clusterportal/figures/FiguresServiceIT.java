package org.clusterportal.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The figures' SQL on the suite's database, on a small hand-made agreement whose every number is known: two
 * clusters (CA in Poland, CB in Czechia) with a member each (A1, B1), their agreement AG and a public one AGP;
 * and who sees which figures (the access matrix).
 */
@ExtendWith(ArquillianExtension.class)
class FiguresServiceIT {

    private static final Period Q2 = Period.quarter(2026, 2);

    @Inject
    private FiguresService figures;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private long base;
    private long ca, cb, a1, b1, ag, agp, coordinator, adminOfA1, memberOfB1;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makeData() throws Exception {
        base = 7_000_000_000L + ThreadLocalRandom.current().nextLong(10_000_000L) * 100;
        ca = base + 1; cb = base + 2; a1 = base + 3; b1 = base + 4;
        ag = base + 10; agp = base + 11;
        coordinator = base + 20; adminOfA1 = base + 21; memberOfB1 = base + 22;
        transaction.begin();
        organisation(ca, "CLUSTER", "PL");
        organisation(cb, "CLUSTER", "CZ");
        organisation(a1, "COMPANY", "PL");
        organisation(b1, "COMPANY", "CZ");
        sql("insert into cluster_member (cluster_id, member_id) values (?1, ?2)", ca, a1);
        sql("insert into cluster_member (cluster_id, member_id) values (?1, ?2)", cb, b1);
        person(coordinator, ca, "MEMBER");
        person(adminOfA1, a1, "ADMINISTRATOR");
        person(memberOfB1, b1, "MEMBER");
        agreement(ag, "PARTICIPANTS", ca, cb);
        agreement(agp, "PUBLIC", ca);
        sql("insert into agreement_coordinator (agreement_id, person_id) values (?1, ?2)", ag, coordinator);

        long o1 = offer(30, a1, "OFFER", "2026-04-10T10:00:00Z", ag, "A:" + ag);
        long o2 = offer(31, b1, "REQUEST", "2026-05-05T10:00:00Z", ag, "A:" + ag);
        offer(32, a1, "OFFER", "2026-03-15T10:00:00Z", ag, "A:" + ag);            // the previous period
        offer(33, a1, "OFFER", "2026-07-01T00:00:00Z", ag, "A:" + ag);            // the first instant after the period
        offer(34, a1, "OFFER", "2026-04-01T00:00:00Z", ag, null);                 // its first instant, seen by A1 and admins only
        offer(35, a1, "OFFER", "2026-04-20T00:00:00Z", agp, "*");                 // public, in the public agreement
        coProvider(40, o1, b1);
        coProvider(41, o1, cb);                                                    // two co-providers: still one joint offer
        interest(50, o1, memberOfB1, b1, "AGREEMENT_REACHED");
        interest(51, o2, adminOfA1, a1, "DECLINED");
        interest(52, o1, coordinator, ca, "MEETING_ARRANGED");                     // within cluster CA: no link

        long e1 = event(60, a1, "TRAINING", "2026-05-20T08:00:00Z", "PUBLISHED", 20);
        event(61, a1, "SEMINAR", "2026-05-21T08:00:00Z", "DRAFT", 30);
        registration(70, e1, memberOfB1, "CONFIRMED", true);
        registration(71, e1, coordinator, "CONFIRMED", true);
        registration(72, e1, adminOfA1, "CANCELLED", false);

        long p1 = proposal(80, a1, "FUNDED", "2026-04-02T00:00:00Z", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", new BigDecimal("100000.00"));
        long p2 = proposal(81, b1, "REJECTED", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-04-15T00:00:00Z", new BigDecimal("50000.00"));
        partner(90, p1, a1);
        partner(91, p1, b1);
        partner(92, p2, b1);
        transaction.commit();
    }

    @Test
    void theCoordinatorCountsWhatTheAgreementSharedInThePeriodAndCanSee() {
        FigureSheet sheet = figures.sheet(new Viewer(coordinator, false), Scope.agreement(ag), Q2).orElseThrow();
        assertThat(sheet.isSummary()).isFalse();
        assertThat(sheet.count(FigureKeys.OFFERS)).as("O1, O2: not the one of the previous period, not the one after, not the hidden one").isEqualTo(2);
        assertThat(sheet.count(FigureKeys.OFFERS_REQUEST)).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.OFFERS_JOINT)).as("two co-providers, one joint offer").isEqualTo(1);
        assertThat(sheet.figure(FigureKeys.OFFERS).orElseThrow().getPrevious()).isEqualTo(1L);
        assertThat(sheet.count(FigureKeys.INTERESTS_SENT)).isEqualTo(3);
        assertThat(sheet.count(FigureKeys.INTERESTS_MEETINGS)).isEqualTo(2);
        assertThat(sheet.count(FigureKeys.INTERESTS_AGREEMENTS)).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.INTERESTS_DECLINED)).isEqualTo(1);
        assertThat(sheet.figure(FigureKeys.INTERESTS_AGREEMENT_SHARE).orElseThrow().getValue().doubleValue()).isEqualTo(1.0 / 3);
        assertThat(sheet.count(FigureKeys.EVENTS)).as("the draft is not held").isEqualTo(1);
        assertThat(sheet.count("figures.events.type.TRAINING")).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.EVENTS_SEATS)).isEqualTo(20);
        assertThat(sheet.count(FigureKeys.EVENTS_REGISTRATIONS)).isEqualTo(2);
        assertThat(sheet.count(FigureKeys.EVENTS_ATTENDANCE)).isEqualTo(2);
        assertThat(sheet.count(FigureKeys.EVENTS_OUTSIDE)).as("B1's person, not CA's").isEqualTo(1);
        assertThat(sheet.figure(FigureKeys.EVENTS_OUTSIDE_SHARE).orElseThrow().getValue()).isEqualTo(0.5);
        assertThat(sheet.count(FigureKeys.PROPOSALS_STARTED)).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.PROPOSALS_SUBMITTED)).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.PROPOSALS_FUNDED)).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.PROPOSALS_REJECTED)).isEqualTo(1);
        assertThat(sheet.figure(FigureKeys.PROPOSALS_SUCCESS).orElseThrow().getValue()).isEqualTo(0.5);
        assertThat(sheet.getFundedBudget()).containsOnlyKeys("PLN");
        assertThat(sheet.getFundedBudget().get("PLN")).isEqualByComparingTo("100000");
        assertThat(sheet.count(FigureKeys.MEMBERS_ACTIVE)).isEqualTo(4);
        assertThat(sheet.count(FigureKeys.MEMBERS_ALL)).isEqualTo(4);
        assertThat(sheet.getCountries()).containsExactly("CZ", "PL");
        assertThat(sheet.getMonths()).hasSize(3);
        assertThat(sheet.getMonths().get(0).getCounts()).as("April: O1; three interests; no event; P1").containsExactly(1L, 3L, 0L, 1L);
        assertThat(sheet.getAttendance()).extracting(NamedCount::count).containsExactly(1L, 1L);

        List<CooperationLink> links = figures.links(new Viewer(coordinator, false), Scope.agreement(ag), Q2);
        assertThat(links).hasSize(2);
        CooperationLink strongest = links.get(0);
        assertThat(List.of(strongest.orgAId(), strongest.orgBId())).containsExactlyInAnyOrder(a1, b1);
        assertThat(strongest.kinds()).containsExactlyInAnyOrder(LinkKind.INTEREST, LinkKind.JOINT_OFFER, LinkKind.EVENT, LinkKind.CONSORTIUM);
        assertThat(strongest.weight()).isEqualTo(4);
        assertThat(strongest.orgACluster()).isNotNull();
        assertThat(links.get(1).kinds()).containsExactly(LinkKind.JOINT_OFFER);
        assertThat(sheet.count(FigureKeys.LINKS)).isEqualTo(2);
    }

    @Test
    void anAdminAlsoCountsWhatOnlyTheOrganisationSees() {
        FigureSheet sheet = figures.sheet(new Viewer(base + 99, true), Scope.agreement(ag), Q2).orElseThrow();
        assertThat(sheet.count(FigureKeys.OFFERS)).isEqualTo(3);
    }

    @Test
    void anOrganisationsAdministratorCountsItsOwnSentAndReceived() {
        FigureSheet sheet = figures.sheet(new Viewer(adminOfA1, false), Scope.organisation(a1), Q2).orElseThrow();
        assertThat(sheet.count(FigureKeys.OFFERS)).as("O1, its own hidden one, the public one").isEqualTo(3);
        assertThat(sheet.count(FigureKeys.INTERESTS_SENT)).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.INTERESTS_RECEIVED)).isEqualTo(2);
        assertThat(sheet.count(FigureKeys.MEMBERS_ALL)).isEqualTo(1);
        assertThat(sheet.count(FigureKeys.MEMBERS_ACTIVE)).isEqualTo(1);
        FigureSheet cluster = figures.sheet(new Viewer(base + 99, true), Scope.organisation(cb), Q2).orElseThrow();
        assertThat(cluster.count(FigureKeys.MEMBERS_ALL)).as("CB and B1").isEqualTo(2);
        assertThat(cluster.count(FigureKeys.OFFERS)).as("O2 by B1, O1 co-provided").isEqualTo(2);
    }

    @Test
    void whoSeesWhichFigures() {
        Viewer coordinatorViewer = new Viewer(coordinator, false);
        Viewer admin = new Viewer(base + 99, true);
        Viewer member = new Viewer(memberOfB1, false);
        Viewer administrator = new Viewer(adminOfA1, false);
        assertThat(figures.access(coordinatorViewer, Scope.agreement(ag))).contains(FiguresService.Access.FULL);
        assertThat(figures.access(admin, Scope.agreement(ag))).contains(FiguresService.Access.FULL);
        assertThat(figures.access(admin, Scope.portal())).contains(FiguresService.Access.FULL);
        assertThat(figures.access(administrator, Scope.organisation(a1))).contains(FiguresService.Access.FULL);
        assertThat(figures.access(Viewer.VISITOR, Scope.agreement(ag))).as("not found").isEmpty();
        assertThat(figures.access(Viewer.VISITOR, Scope.agreement(agp))).contains(FiguresService.Access.SUMMARY);
        refused(() -> figures.access(member, Scope.agreement(ag)));
        refused(() -> figures.access(administrator, Scope.agreement(ag)));
        refused(() -> figures.access(member, Scope.organisation(a1)));
        refused(() -> figures.access(administrator, Scope.organisation(ca)));
        refused(() -> figures.access(coordinatorViewer, Scope.portal()));
        refused(() -> figures.sheet(member, Scope.agreement(ag), Q2));
        refused(() -> figures.links(member, Scope.agreement(ag), Q2));
        refused(() -> figures.sheet(Viewer.VISITOR, Scope.portal(), Q2));

        FigureSheet summary = figures.sheet(Viewer.VISITOR, Scope.agreement(agp), Q2).orElseThrow();
        assertThat(summary.isSummary()).isTrue();
        assertThat(summary.count(FigureKeys.OFFERS)).isEqualTo(1);
        assertThat(summary.getAttendance()).isEmpty();
        assertThat(figures.links(Viewer.VISITOR, Scope.agreement(agp), Q2)).isEmpty();
    }

    private static void refused(Runnable call) {
        assertThatThrownBy(call::run).satisfies(error -> assertThat(error instanceof AccessDeniedException
                || error instanceof EJBException && error.getCause() instanceof AccessDeniedException).as(error.toString()).isTrue());
    }

    private void sql(String statement, Object... values) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private static final String NOW = "2026-01-01T00:00:00Z";

    private void organisation(long id, String kind, String country) {
        String name = "Figures " + kind + " " + id;
        sql("insert into organisation (id, version, created, modified, name, kind, country, city, name_key) values (?1, 1, ?2, ?2, ?3, ?4, ?5, 'X', ?6)",
                id, at(NOW), name, kind, country, name.toLowerCase());
    }

    private void person(long id, long organisation, String role) {
        sql("insert into person (id, version, created, modified, subject, username) values (?1, 1, ?2, ?2, ?3, ?3)", id, at(NOW), "figures-" + id);
        sql("insert into membership (id, version, created, modified, person_id, organisation_id, role) values (?1, 1, ?2, ?2, ?1, ?3, ?4)",
                id, at(NOW), organisation, role);
    }

    private void agreement(long id, String visibility, long... signatories) {
        sql("insert into agreement (id, version, created, modified, title, stage, visibility) values (?1, 1, ?2, ?2, ?3, 'SIGNED', ?4)",
                id, at(NOW), "Figures agreement " + id, visibility);
        for (long signatory : signatories) {
            sql("insert into signatory (id, version, created, modified, agreement_id, organisation_id, coordinating) values (?1, 1, ?2, ?2, ?3, ?4, FALSE)",
                    id * 10 + signatory % 10, at(NOW), id, signatory);
        }
    }

    private void audience(String type, long id, String grantee) {
        sql("insert into audience (subject_type, subject_id, grantee) values (?1, ?2, ?3)", type, id, grantee);
    }

    private long offer(long n, long owner, String kind, String publishedAt, long agreement, String grantee) {
        long id = base + n;
        sql("insert into offer (id, version, created, modified, kind, category, title, summary, owner_id, reach, valid_until, contact_id, status, published_at)"
                + " values (?1, 1, ?2, ?2, ?3, 'SERVICE', 'Figures offer', 'Summary', ?4, ?5, DATE '2027-12-31', ?6, 'PUBLISHED', ?2)",
                id, at(publishedAt), kind, owner, "*".equals(grantee) ? "PUBLIC" : "PARTICIPANTS", adminOfA1);
        sql("insert into offer_agreement (offer_id, agreement_id) values (?1, ?2)", id, agreement);
        audience("OFFER", id, "O:" + owner);
        if (grantee != null) {
            audience("OFFER", id, grantee);
        }
        return id;
    }

    private void coProvider(long n, long offer, long organisation) {
        sql("insert into offer_co_provider (id, version, created, modified, offer_id, organisation_id, answer) values (?1, 1, ?2, ?2, ?3, ?4, 'CONFIRMED')",
                base + n, at(NOW), offer, organisation);
        audience("OFFER", offer, "O:" + organisation);
    }

    private void interest(long n, long offer, long person, long organisation, String state) {
        sql("insert into offer_interest (id, version, created, modified, offer_id, person_id, organisation_id, cooperation, message, state)"
                + " values (?1, 1, ?2, ?2, ?3, ?4, ?5, 'TECHNICAL_COOPERATION', 'Interested', ?6)",
                base + n, at("2026-04-25T12:00:00Z"), offer, person, organisation, state);
    }

    private long event(long n, long organiser, String type, String startsAt, String status, int capacity) {
        long id = base + n;
        Instant starts = Instant.parse(startsAt);
        sql("insert into event (id, version, created, modified, type, title, starts_at, ends_at, zone_id, language, organiser_id, coordinator_id,"
                + " reach, capacity, registration_closes, needs_approval, status, sequence_number)"
                + " values (?1, 1, ?2, ?2, ?3, 'Figures event', ?4, ?5, 'Europe/Warsaw', 'pl', ?6, ?7, 'PARTICIPANTS', ?8, ?4, FALSE, ?9, 0)",
                id, at(NOW), type, Timestamp.from(starts), Timestamp.from(starts.plusSeconds(3600)), organiser, coordinator, capacity, status);
        sql("insert into event_agreement (event_id, agreement_id) values (?1, ?2)", id, ag);
        audience("EVENT", id, "P:" + coordinator);
        audience("EVENT", id, "C:" + ag);
        if (!"DRAFT".equals(status)) {
            audience("EVENT", id, "A:" + ag);
        }
        return id;
    }

    private void registration(long n, long event, long person, String state, boolean attended) {
        sql("insert into registration (id, version, created, modified, event_id, person_id, state, arrival, attended) values (?1, 1, ?2, ?2, ?3, ?4, ?5, ?1, "
                + (attended ? "TRUE" : "FALSE") + ")", base + n, at(NOW), event, person, state);
    }

    private long proposal(long n, long lead, String status, String created, String deadline, String outcome, BigDecimal budget) {
        long id = base + n;
        sql("insert into project_proposal (id, version, created, modified, title, programme, deadline, time_zone, estimated_budget, currency, summary,"
                + " reach, lead_id, contact_id, status, status_changed, outcome_on)"
                + " values (?1, 1, ?2, ?2, 'Figures proposal', 'Horizon Europe', ?3, 'Europe/Warsaw', ?4, 'PLN', 'Summary', 'PARTICIPANTS', ?5, ?6, ?7, ?8, ?8)",
                id, at(created), at(deadline), budget, lead, adminOfA1, status, at(outcome));
        sql("insert into proposal_agreement (proposal_id, agreement_id) values (?1, ?2)", id, ag);
        audience("PROPOSAL", id, "O:" + lead);
        audience("PROPOSAL", id, "A:" + ag);
        return id;
    }

    private void partner(long n, long proposal, long organisation) {
        sql("insert into proposal_partner (id, version, created, modified, proposal_id, organisation_id, role, state) values (?1, 1, ?2, ?2, ?3, ?4, 'RESEARCH_PARTNER', 'ACCEPTED')",
                base + n, at(NOW), proposal, organisation);
    }
}

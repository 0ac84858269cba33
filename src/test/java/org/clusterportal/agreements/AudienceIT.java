package org.clusterportal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.events.Event;
import org.clusterportal.events.EventFilter;
import org.clusterportal.events.EventForm;
import org.clusterportal.events.EventPlanner;
import org.clusterportal.events.EventService;
import org.clusterportal.events.EventType;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferFilter;
import org.clusterportal.offers.OfferForm;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferLifecycleService;
import org.clusterportal.offers.OfferService;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audience kept as rows where it could differ from the rule computed on the spot: the subject's agreements
 * change, a membership is approved or revoked, an organisation leaves a cluster, a reviewer's agreement stops
 * asking for review. Each case asks the list, the count and {@code find} together: one question, one answer.
 */
@ExtendWith(ArquillianExtension.class)
class AudienceIT {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Inject
    private OfferService offerService;

    @Inject
    private OfferLifecycleService offerLifecycleService;

    @Inject
    private EventService eventService;

    @Inject
    private EventPlanner eventPlanner;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Agreement first;
    private Agreement second;
    private Organisation owner;
    private Organisation signatoryOfSecond;
    private Organisation cluster;
    private Organisation clusterMember;
    private Viewer author;
    private Viewer ofSecond;
    private Viewer throughCluster;
    private Person coordinatorPerson;
    private String word;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makeData() throws Exception {
        word = "aud" + UUID.randomUUID().toString().replace("-", "");
        transaction.begin();
        owner = organisation("Owner", OrganisationKind.COMPANY);
        signatoryOfSecond = organisation("Second's signatory", OrganisationKind.COMPANY);
        cluster = organisation("Cluster", OrganisationKind.CLUSTER);
        clusterMember = organisation("Cluster member", OrganisationKind.COMPANY);
        clusterMember.belongTo(Set.of(cluster));
        first = agreement("First", owner, cluster);
        second = agreement("Second", owner, signatoryOfSecond);
        author = viewerWorkingFor(owner);
        ofSecond = viewerWorkingFor(signatoryOfSecond);
        throughCluster = viewerWorkingFor(clusterMember);
        coordinatorPerson = person();
        first.nameCoordinator(coordinatorPerson);
        transaction.commit();
    }

    @Test
    void whenAnOffersAgreementsChangeItsAudienceFollows() {
        Offer offer = offerLifecycleService.create(author, offerForm(first));
        offerLifecycleService.publish(author, offer.getId());
        assertSees(throughCluster, offer);
        assertSeesNot(ofSecond, offer);

        OfferForm moved = offerForm(second);
        moved.setVersion(offerService.find(author, offer.getId()).orElseThrow().getVersion());
        offerLifecycleService.update(author, offer.getId(), moved);

        assertSees(ofSecond, offer);
        assertSeesNot(throughCluster, offer);
        assertThat(offerService.visibleAmong(throughCluster, List.of(offer.getId()))).isEmpty();
        assertThat(offerService.visibleAmong(ofSecond, List.of(offer.getId()))).containsExactly(offer.getId());
    }

    @Test
    void aMembershipApprovedOrRevokedChangesWhatThePersonSeesWithoutRewritingAnyRow() throws Exception {
        Offer offer = offerLifecycleService.create(author, offerForm(first));
        offerLifecycleService.publish(author, offer.getId());
        Viewer newcomer;
        Long membershipId;
        transaction.begin();
        Person person = person();
        Membership membership = Membership.request(person, clusterMember, "Please");
        entityManager.persist(membership);
        transaction.commit();
        newcomer = new Viewer(person.getId(), false);
        membershipId = membership.getId();
        assertSeesNot(newcomer, offer);

        transaction.begin();
        entityManager.find(Membership.class, membershipId).approve(coordinatorPerson, Instant.now());
        transaction.commit();
        assertSees(newcomer, offer);

        transaction.begin();
        entityManager.createQuery("update Membership m set m.status = :revoked where m.id = :id")
                .setParameter("revoked", MembershipStatus.DECLINED).setParameter("id", membershipId).executeUpdate();
        transaction.commit();
        assertSeesNot(newcomer, offer);
    }

    @Test
    void anOrganisationLeavingTheClusterTakesItsPeopleOutOfTheClustersAgreements() throws Exception {
        Offer offer = offerLifecycleService.create(author, offerForm(first));
        offerLifecycleService.publish(author, offer.getId());
        assertSees(throughCluster, offer);

        transaction.begin();
        entityManager.find(Organisation.class, clusterMember.getId()).belongTo(Set.of());
        transaction.commit();

        assertSeesNot(throughCluster, offer);
    }

    @Test
    void aReviewerSeesAnOfferInReviewOnlyWhileTheAgreementAsksForReview() throws Exception {
        transaction.begin();
        entityManager.find(Agreement.class, first.getId()).requireOfferReview(true);
        transaction.commit();
        Viewer coordinator = new Viewer(coordinatorPerson.getId(), false);
        Offer offer = offerLifecycleService.create(author, offerForm(first));
        offerLifecycleService.publish(author, offer.getId());
        assertSees(coordinator, offer);
        assertSeesNot(throughCluster, offer);

        transaction.begin();
        entityManager.find(Agreement.class, first.getId()).requireOfferReview(false);
        transaction.commit();
        assertSeesNot(coordinator, offer);
    }

    @Test
    void aDraftEventIsSeenByTheCoordinatorsOfItsAgreementsAndOnceItIsPublishedByTheirParticipants() {
        Viewer coordinator = new Viewer(coordinatorPerson.getId(), false);
        Event event = eventPlanner.create(coordinator, eventForm(first));
        EventFilter filter = new EventFilter();
        filter.setWords(word);
        assertThat(eventService.find(throughCluster, event.getId())).isEmpty();
        assertThat(eventService.count(throughCluster, filter, WARSAW)).isZero();

        eventPlanner.publish(coordinator, event.getId());

        assertThat(eventService.find(throughCluster, event.getId())).isPresent();
        assertThat(eventService.list(throughCluster, filter, WARSAW, 0, 10)).extracting(Event::getId).containsExactly(event.getId());
        assertThat(eventService.find(ofSecond, event.getId())).isEmpty();
        assertThat(eventService.count(ofSecond, filter, WARSAW)).isZero();
    }

    @Test
    void everyOfferEventAndProposalHasAnAudience() {
        for (String[] table : new String[][] { { "offer", "OFFER" }, { "event", "EVENT" }, { "project_proposal", "PROPOSAL" } }) {
            Number without = (Number) entityManager.createNativeQuery("select count(*) from " + table[0] + " s where not exists"
                    + " (select 1 from audience x where x.subject_type = '" + table[1] + "' and x.subject_id = s.id)").getSingleResult();
            assertThat(without.longValue()).as("%s without an audience", table[0]).isZero();
        }
    }

    private void assertSees(Viewer viewer, Offer offer) {
        assertThat(offerService.find(viewer, offer.getId())).as("find").isPresent();
        assertThat(offerService.list(viewer, byWord(), 0, 10)).as("list").extracting(Offer::getId).containsExactly(offer.getId());
        assertThat(offerService.count(viewer, byWord())).as("count").isEqualTo(1);
    }

    private void assertSeesNot(Viewer viewer, Offer offer) {
        assertThat(offerService.find(viewer, offer.getId())).as("find").isEmpty();
        assertThat(offerService.list(viewer, byWord(), 0, 10)).as("list").isEmpty();
        assertThat(offerService.count(viewer, byWord())).as("count").isZero();
    }

    private OfferFilter byWord() {
        OfferFilter filter = new OfferFilter();
        filter.setWords(word);
        return filter;
    }

    private OfferForm offerForm(Agreement agreement) {
        OfferForm form = new OfferForm();
        form.setKind(OfferKind.REQUEST);
        form.setCategory(OfferCategory.SERVICE);
        form.setTitle("Sensor calibration " + word);
        form.setSummary("Calibration of vibration sensors");
        form.setOwnerId(owner.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        return form;
    }

    private EventForm eventForm(Agreement agreement) {
        EventForm form = new EventForm();
        form.setType(EventType.SEMINAR);
        form.setTitle("Seminar " + word);
        LocalDateTime start = LocalDateTime.now(WARSAW).plusDays(20).withHour(10).withMinute(0).withSecond(0).withNano(0);
        form.setStartsAt(start);
        form.setEndsAt(start.plusHours(2));
        form.setRegistrationCloses(start.minusDays(1));
        form.setZone(WARSAW.getId());
        form.setLanguage("pl");
        form.setPlace("Gliwice");
        form.setOrganiserId(owner.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        return form;
    }

    private Agreement agreement(String title, Organisation one, Organisation other) {
        Agreement agreement = new Agreement(title + " " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(one, null);
        agreement.addSignatory(other, null);
        entityManager.persist(agreement);
        return agreement;
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), kind, "PL", "Gliwice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Person person() {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "p", "Test", "Person", null, null), Instant.now());
        entityManager.persist(person);
        return person;
    }

    private Viewer viewerWorkingFor(Organisation organisation) {
        Person person = person();
        entityManager.persist(new Membership(person, organisation));
        return new Viewer(person.getId(), false);
    }
}

package org.clusterportal.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementDocument;
import org.clusterportal.agreements.AgreementDocumentKind;
import org.clusterportal.agreements.AgreementDocumentService;
import org.clusterportal.agreements.AgreementForm;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.Reach;
import org.clusterportal.events.Event;
import org.clusterportal.events.EventForm;
import org.clusterportal.events.EventPlanner;
import org.clusterportal.events.EventService;
import org.clusterportal.events.EventType;
import org.clusterportal.events.ParticipantList;
import org.clusterportal.events.Registration;
import org.clusterportal.events.RegistrationDesk;
import org.clusterportal.events.RegistrationState;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferForm;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferLifecycleService;
import org.clusterportal.offers.OfferReviewService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What administrators and coordinators change for others is in the audit log, once per change, naming who did it
 * and the subject by type, id and title: agreements and their signatories and documents, offer reviews, events
 * and the decisions on registrations.
 */
@ExtendWith(ArquillianExtension.class)
class AuditedChangesIT {

    @Inject
    private AgreementService agreementService;

    @Inject
    private AgreementDocumentService documentService;

    @Inject
    private OfferLifecycleService lifecycleService;

    @Inject
    private OfferReviewService reviewService;

    @Inject
    private EventService eventService;

    @Inject
    private EventPlanner planner;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private ParticipantList participants;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Organisation first;
    private Organisation second;
    private Agreement agreement;
    private Viewer admin;
    private Viewer coordinator;
    private Viewer author;
    private Viewer attendee;
    private Viewer absentee;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addClass(TestFiles.class);
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        Person adminPerson = person("Ada", "Audytorska");
        first = organisation("First cluster");
        second = organisation("Second cluster");
        agreement = new Agreement("Audited agreement " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(first, null);
        agreement.addSignatory(second, null);
        Person coordinatorPerson = person("Konrad", "Koordynator");
        entityManager.persist(new Membership(coordinatorPerson, first));
        agreement.nameCoordinator(coordinatorPerson);
        entityManager.persist(agreement);
        admin = new Viewer(adminPerson.getId(), true);
        coordinator = new Viewer(coordinatorPerson.getId(), false);
        author = working(person("Olga", "Ofertowa"), first, MembershipRole.ADMINISTRATOR);
        attendee = working(person("Zażółć", "Gęślą"), second, MembershipRole.MEMBER);
        absentee = working(person("Adam", "Nieobecny"), second, MembershipRole.MEMBER);
        transaction.commit();
    }

    @Test
    void creatingChangingAndSigningAnAgreementItsSignatoriesAndDocumentsAreEachOneEntry() throws Exception {
        Organisation third = committed("Third cluster");
        AgreementForm form = new AgreementForm();
        form.setTitle("Porozumienie audytowane " + UUID.randomUUID());
        form.setSignedOn(LocalDate.of(2026, 6, 17));
        Agreement created = agreementService.create(admin, form);
        Long id = created.getId();
        AgreementForm changed = AgreementForm.of(agreementService.find(admin, id).orElseThrow());
        changed.setSignedAt("Jastrzębie-Zdrój");
        agreementService.update(admin, id, changed);
        agreementService.addSignatory(admin, id, first.getId(), null);
        agreementService.addSignatory(admin, id, second.getId(), null);
        agreementService.addSignatory(admin, id, third.getId(), null);
        agreementService.makeCoordinating(admin, id, second.getId());
        agreementService.removeSignatory(admin, id, third.getId());
        agreementService.sign(admin, id);
        AgreementDocument document = documentService.upload(admin, id, AgreementDocumentKind.TEXT, "Tekst porozumienia",
                "tekst.pdf", new ByteArrayInputStream(TestFiles.pdf("Tekst")));
        documentService.delete(admin, document.getId());

        List<AuditEntry> entries = entries("agreement", id);
        assertThat(entries).extracting(AuditEntry::getAction).containsExactly(
                AuditAction.AGREEMENT_CREATED, AuditAction.AGREEMENT_CHANGED, AuditAction.SIGNATORY_ADDED,
                AuditAction.SIGNATORY_ADDED, AuditAction.SIGNATORY_ADDED, AuditAction.COORDINATING_SIGNATORY_CHANGED,
                AuditAction.SIGNATORY_REMOVED, AuditAction.AGREEMENT_SIGNED, AuditAction.AGREEMENT_DOCUMENT_ADDED,
                AuditAction.AGREEMENT_DOCUMENT_REMOVED);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getActorId()).isEqualTo(admin.personId());
            assertThat(entry.getActorName()).isEqualTo("Ada Audytorska");
            assertThat(entry.getObjectTitle()).isEqualTo(form.getTitle());
        });
        assertThat(entries.get(6).getDetail()).isEqualTo(third.getName() + " (organisation " + third.getId() + ")");
        assertThat(entries.get(9).getDetail()).contains("Tekst porozumienia", "document " + document.getId());
    }

    @Test
    void theCoordinatorsChangesOfTheAgreementsDescriptionAndReviewAreEntries() {
        agreementService.editDescription(coordinator, agreement.getId(), version(), "Współpraca w zakresie B+R");
        agreementService.requireOfferReview(coordinator, agreement.getId(), version(), true);

        assertThat(entries("agreement", agreement.getId()))
                .extracting(AuditEntry::getAction, AuditEntry::getActorName, AuditEntry::getObjectTitle, AuditEntry::getDetail)
                .containsExactly(
                        tuple(AuditAction.AGREEMENT_CHANGED, "Konrad Koordynator", agreement.getTitle(), "description"),
                        tuple(AuditAction.AGREEMENT_CHANGED, "Konrad Koordynator", agreement.getTitle(), "offer review required"));
    }

    @Test
    void eachReviewDecisionOnAnOfferIsAnEntryOfItsReviewer() {
        agreementService.requireOfferReview(coordinator, agreement.getId(), version(), true);
        Offer offer = lifecycleService.publish(author, lifecycleService.create(author, offerForm()).getId());
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.IN_REVIEW);

        reviewService.returnToDraft(coordinator, offer.getId(), "Dodajcie zakres cen");
        lifecycleService.publish(author, offer.getId());
        reviewService.approve(admin, offer.getId());

        assertThat(entries("offer", offer.getId()))
                .extracting(AuditEntry::getAction, AuditEntry::getActorId, AuditEntry::getObjectTitle, AuditEntry::getDetail)
                .containsExactly(
                        tuple(AuditAction.OFFER_RETURNED, coordinator.personId(), offer.getTitle(), "Dodajcie zakres cen"),
                        tuple(AuditAction.OFFER_APPROVED, admin.personId(), offer.getTitle(), null));
    }

    @Test
    void creatingChangingPublishingAndCancellingAnEventAreEntries() {
        Event event = planner.create(coordinator, eventForm(5, false));
        EventForm changed = EventForm.of(eventService.find(coordinator, event.getId()).orElseThrow());
        changed.setTitle(changed.getTitle() + " (zmiana)");
        planner.update(coordinator, event.getId(), changed);
        planner.publish(coordinator, event.getId());
        planner.cancel(admin, event.getId());

        assertThat(entries("event", event.getId()))
                .extracting(AuditEntry::getAction, AuditEntry::getActorId, AuditEntry::getObjectTitle)
                .containsExactly(
                        tuple(AuditAction.EVENT_CREATED, coordinator.personId(), event.getTitle()),
                        tuple(AuditAction.EVENT_CHANGED, coordinator.personId(), changed.getTitle()),
                        tuple(AuditAction.EVENT_PUBLISHED, coordinator.personId(), changed.getTitle()),
                        tuple(AuditAction.EVENT_CANCELLED, admin.personId(), changed.getTitle()));
        assertThat(entries("event", event.getId())).allMatch(entry -> first.getName().equals(entry.getDetail()));
    }

    @Test
    void theOrganisersDecisionsOnRegistrationsAndAttendanceAreEntriesNamingThePerson() throws Exception {
        Event event = planner.create(coordinator, eventForm(1, true));
        planner.publish(coordinator, event.getId());
        Registration mine = desk.register(attendee, event.getId(), List.of());
        Registration theirs = desk.register(absentee, event.getId(), List.of());

        assertThat(participants.approve(coordinator, mine.getId()).getState()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(participants.approve(coordinator, theirs.getId()).getState()).isEqualTo(RegistrationState.WAITLISTED);
        participants.moveToWaitingList(coordinator, mine.getId());
        participants.confirm(coordinator, mine.getId());
        participants.decline(coordinator, theirs.getId());
        startNow(event);
        participants.markAttended(coordinator, mine.getId(), true);

        String title = event.getTitle();
        assertThat(entries("registration", mine.getId()))
                .extracting(AuditEntry::getAction, AuditEntry::getActorId, AuditEntry::getObjectTitle)
                .containsExactly(
                        tuple(AuditAction.REGISTRATION_APPROVED, coordinator.personId(), "Zażółć Gęślą @ " + title),
                        tuple(AuditAction.REGISTRATION_WAITLISTED, coordinator.personId(), "Zażółć Gęślą @ " + title),
                        tuple(AuditAction.REGISTRATION_CONFIRMED, coordinator.personId(), "Zażółć Gęślą @ " + title),
                        tuple(AuditAction.ATTENDANCE_MARKED, coordinator.personId(), "Zażółć Gęślą @ " + title));
        assertThat(entries("registration", mine.getId()).get(3).getDetail()).endsWith("CONFIRMED, attended");
        assertThat(entries("registration", theirs.getId()))
                .extracting(AuditEntry::getAction, AuditEntry::getObjectTitle, AuditEntry::getDetail)
                .containsExactly(
                        tuple(AuditAction.REGISTRATION_APPROVED, "Adam Nieobecny @ " + title, "event " + event.getId() + ", WAITLISTED"),
                        tuple(AuditAction.REGISTRATION_DECLINED, "Adam Nieobecny @ " + title, "event " + event.getId() + ", DECLINED"));
    }

    private List<AuditEntry> entries(String type, Long id) {
        return entityManager.createQuery("""
                select e from AuditEntry e where e.objectType = :type and e.objectId = :id order by e.id""", AuditEntry.class)
                .setParameter("type", type)
                .setParameter("id", id.toString())
                .getResultList();
    }

    private long version() {
        return agreementService.find(admin, agreement.getId()).orElseThrow().getVersion();
    }

    /** The event began a minute ago, so that attendance may be marked. */
    private void startNow(Event event) throws Exception {
        Instant start = Instant.now().minus(1, ChronoUnit.MINUTES);
        transaction.begin();
        entityManager.createNativeQuery("update event set starts_at = ?, registration_closes = ? where id = ?")
                .setParameter(1, start.atOffset(ZoneOffset.UTC)).setParameter(2, start.atOffset(ZoneOffset.UTC))
                .setParameter(3, event.getId()).executeUpdate();
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();
    }

    private EventForm eventForm(int capacity, boolean needsApproval) {
        EventForm form = new EventForm();
        form.setType(EventType.TRAINING);
        form.setTitle("Szkolenie audytowane " + UUID.randomUUID());
        form.setStartsAt(LocalDateTime.now().plusDays(10).withNano(0));
        form.setEndsAt(form.getStartsAt().plusHours(4));
        form.setZone("Europe/Warsaw");
        form.setPlace("Jastrzębie-Zdrój");
        form.setLanguage("pl");
        form.setOrganiserId(first.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        form.setCapacity(capacity);
        form.setNeedsApproval(needsApproval);
        return form;
    }

    private OfferForm offerForm() {
        OfferForm form = new OfferForm();
        form.setKind(OfferKind.OFFER);
        form.setCategory(OfferCategory.SERVICE);
        form.setTitle("Regeneracja łopatek " + UUID.randomUUID());
        form.setSummary("Naprawa zużytych łopatek turbin");
        form.setOwnerId(first.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        return form;
    }

    private Organisation committed(String name) throws Exception {
        transaction.begin();
        Organisation organisation = organisation(name);
        transaction.commit();
        return organisation;
    }

    private Organisation organisation(String name) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.CLUSTER, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Person person(String firstName, String lastName) {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "p" + UUID.randomUUID(), firstName,
                lastName, null, null), Instant.now());
        entityManager.persist(person);
        return person;
    }

    private Viewer working(Person person, Organisation organisation, MembershipRole role) {
        Membership membership = new Membership(person, organisation);
        membership.changeRole(role);
        entityManager.persist(membership);
        return new Viewer(person.getId(), false);
    }
}

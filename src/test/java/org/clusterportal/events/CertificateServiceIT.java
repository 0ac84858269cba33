package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.clusterportal.agreements.Reach;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
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
 * Certificates of attendance on the database: only people marked as attended get one, only after the event's end,
 * once however often they are issued, only by the event's own coordinator or an admin, downloaded only by the
 * holder, the organisers and admins; a withdrawn attendance or a cancelled event makes a certificate invalid.
 * And attendance is marked from the event's start only.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateServiceIT {

    @Inject
    private EventPlanner planner;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private ParticipantList participants;

    @Inject
    private CertificateService certificates;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Agreement agreement;
    private Organisation signatory;
    private Viewer coordinator;
    private Viewer agreementCoordinator;
    private Viewer attendee;
    private Viewer absentee;
    private Viewer stranger;
    private Viewer admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        signatory = organisation("Signatory");
        Organisation partner = organisation("Partner");
        Organisation elsewhere = organisation("Elsewhere");
        agreement = new Agreement("Certificates agreement " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(signatory, null);
        agreement.addSignatory(partner, null);
        Person coordinatorPerson = person(signatory, "Piotr", "Kowalski");
        Person otherCoordinator = person(signatory, "Olga", "Nowak");
        agreement.nameCoordinator(coordinatorPerson);
        agreement.nameCoordinator(otherCoordinator);
        entityManager.persist(agreement);
        coordinator = new Viewer(coordinatorPerson.getId(), false);
        agreementCoordinator = new Viewer(otherCoordinator.getId(), false);
        attendee = new Viewer(person(partner, "Zażółć", "Gęślą-Jaźń").getId(), false);
        absentee = new Viewer(person(partner, "Adam", "Nieobecny").getId(), false);
        stranger = new Viewer(person(elsewhere, "Obcy", "Człowiek").getId(), false);
        admin = new Viewer(person(elsewhere, "Ewa", "Admin").getId(), true);
        transaction.commit();
    }

    @Test
    void onlyThoseMarkedAsAttendedGetOneAndOnlyOnceAfterTheEnd() throws Exception {
        Event event = published(EventType.TRAINING);
        Registration attended = desk.register(attendee, event.getId(), List.of());
        Registration absent = desk.register(absentee, event.getId(), List.of());
        assertThatThrownBy(() -> participants.markAttended(coordinator, attended.getId(), true))
                .isInstanceOf(BusinessException.class).hasMessage("event.registration.attendanceBeforeStart");

        shift(event, Instant.now().minus(2, ChronoUnit.HOURS), Instant.now().plus(2, ChronoUnit.HOURS));
        participants.markAttended(coordinator, attended.getId(), true);
        assertThatThrownBy(() -> certificates.issueAll(coordinator, event.getId()))
                .isInstanceOf(BusinessException.class).hasMessage("certificate.notEnded");

        shift(event, Instant.now().minus(5, ChronoUnit.HOURS), Instant.now().minus(1, ChronoUnit.HOURS));
        assertThat(certificates.issueAll(coordinator, event.getId())).isEqualTo(1);
        assertThat(certificates.issueAll(coordinator, event.getId())).as("issued again").isZero();
        Certificate certificate = certificates.issueOne(coordinator, attended.getId());
        assertThat(certificates.mine(attendee)).extracting(Certificate::getId).containsExactly(certificate.getId());
        assertThat(count(event)).isEqualTo(1);
        assertThatThrownBy(() -> certificates.issueOne(coordinator, absent.getId()))
                .isInstanceOf(BusinessException.class).hasMessage("certificate.notAttended");
        assertThat(certificates.mine(absentee)).isEmpty();
        assertThat(certificates.mine(absentee, event.getId())).isEmpty();

        assertThat(certificate.getNumber()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){5}");
        assertThat(certificates.verify(certificate.getNumber().toLowerCase())).get().extracting(Certificate::getId).isEqualTo(certificate.getId());
        assertThat(certificates.verify("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")).isEmpty();
        assertThat(auditActions(attended)).containsOnly(AuditAction.ATTENDANCE_MARKED, AuditAction.CERTIFICATE_ISSUED)
                .containsOnlyOnce(AuditAction.CERTIFICATE_ISSUED);
    }

    @Test
    void onlyTheEventsCoordinatorOrAnAdminIssuesAndOnlyTheHolderOrganisersAndAdminsDownload() throws Exception {
        Event event = published(EventType.SEMINAR);
        Registration attended = desk.register(attendee, event.getId(), List.of());
        shift(event, Instant.now().minus(5, ChronoUnit.HOURS), Instant.now().minus(1, ChronoUnit.HOURS));
        participants.markAttended(coordinator, attended.getId(), true);

        for (Viewer refused : List.of(attendee, stranger, agreementCoordinator, Viewer.VISITOR)) {
            assertThatThrownBy(() -> certificates.issueAll(refused, event.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> certificates.issueOne(refused, attended.getId())).isInstanceOf(AccessDeniedException.class);
        }
        Long id = certificates.issueOne(admin, attended.getId()).getId();

        for (Viewer reader : List.of(attendee, coordinator, agreementCoordinator, admin)) {
            assertThat(certificates.readable(reader, id)).as("readable").isPresent();
        }
        for (Viewer refused : List.of(absentee, stranger, Viewer.VISITOR)) {
            assertThat(certificates.readable(refused, id)).as("not readable").isEmpty();
        }
    }

    @Test
    void aWithdrawnAttendanceOrACancelledEventMakesTheCertificateInvalid() throws Exception {
        Event event = published(EventType.WORKSHOP);
        Registration attended = desk.register(attendee, event.getId(), List.of());
        shift(event, Instant.now().minus(5, ChronoUnit.HOURS), Instant.now().minus(1, ChronoUnit.HOURS));
        participants.markAttended(coordinator, attended.getId(), true);
        Certificate certificate = certificates.issueOne(coordinator, attended.getId());

        participants.markAttended(coordinator, attended.getId(), false);
        assertThat(certificates.verify(certificate.getNumber())).get().extracting(Certificate::isValid).isEqualTo(false);
        assertThat(certificates.readable(attendee, certificate.getId())).isEmpty();
        assertThat(certificates.mine(attendee)).isEmpty();
        participants.markAttended(coordinator, attended.getId(), true);
        assertThat(certificates.verify(certificate.getNumber())).get().extracting(Certificate::isValid).isEqualTo(true);

        planner.cancel(coordinator, event.getId());
        assertThat(certificates.verify(certificate.getNumber())).get().extracting(Certificate::isValid).isEqualTo(false);
        assertThatThrownBy(() -> certificates.issueAll(coordinator, event.getId())).hasMessage("certificate.notHeld");
    }

    @Test
    void conferencesAndMeetingsHaveNoCertificates() throws Exception {
        Event event = published(EventType.CONFERENCE);
        Registration attended = desk.register(attendee, event.getId(), List.of());
        shift(event, Instant.now().minus(5, ChronoUnit.HOURS), Instant.now().minus(1, ChronoUnit.HOURS));
        participants.markAttended(coordinator, attended.getId(), true);
        assertThatThrownBy(() -> certificates.issueAll(coordinator, event.getId())).hasMessage("certificate.notForType");
    }

    /** Moves the event in time as the days pass; offset times, as the PostgreSQL driver binds no Instant in a native query. */
    private void shift(Event event, Instant start, Instant end) throws Exception {
        transaction.begin();
        entityManager.createNativeQuery("update event set starts_at = ?, ends_at = ?, registration_closes = ? where id = ?")
                .setParameter(1, start.atOffset(ZoneOffset.UTC)).setParameter(2, end.atOffset(ZoneOffset.UTC))
                .setParameter(3, start.atOffset(ZoneOffset.UTC)).setParameter(4, event.getId()).executeUpdate();
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();
    }

    private long count(Event event) {
        return entityManager.createQuery("select count(c) from Certificate c where c.registration.event.id = :event", Long.class)
                .setParameter("event", event.getId()).getSingleResult();
    }

    private List<AuditAction> auditActions(Registration registration) {
        return entityManager.createQuery("select e.action from AuditEntry e where e.objectType = 'registration' and e.objectId = :id", AuditAction.class)
                .setParameter("id", registration.getId().toString()).getResultList();
    }

    private Event published(EventType type) {
        EventForm form = new EventForm();
        form.setType(type);
        form.setTitle("Laser cladding " + UUID.randomUUID());
        form.setStartsAt(LocalDateTime.now().plusDays(10).withNano(0));
        form.setEndsAt(form.getStartsAt().plusHours(4));
        form.setZone("Europe/Warsaw");
        form.setPlace("Jastrzębie-Zdrój, ul. Pszczyńska 1");
        form.setLanguage("pl");
        form.setOrganiserId(signatory.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        form.setCapacity(10);
        form.setQuestions(List.of());
        Event event = planner.create(coordinator, form);
        return planner.publish(coordinator, event.getId());
    }

    private Organisation organisation(String name) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Person person(Organisation organisation, String firstName, String lastName) {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "p" + UUID.randomUUID(), firstName, lastName, null, null),
                Instant.now());
        entityManager.persist(person);
        entityManager.persist(new Membership(person, organisation));
        return person;
    }
}

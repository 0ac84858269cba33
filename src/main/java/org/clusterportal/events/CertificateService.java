package org.clusterportal.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * Certificates of attendance: issued by an event's own coordinator (or an admin) once a training, seminar or
 * workshop has ended, to the people marked as attended, all at once or one by one; read by their holder and the
 * event's organisers; verified by anyone who has the number. Issuing holds the event's row lock and the table has
 * one certificate per registration, so issuing twice, or two organisers at once, gives one certificate.
 */
@Stateless
public class CertificateService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Seats seats;

    @Inject
    private AuditLog auditLog;

    /** Issues a certificate to everybody marked as attended who has none yet; tells how many were issued. */
    public int issueAll(@NotNull Viewer viewer, @NotNull Long eventId) {
        Event event = certifiable(viewer, eventId);
        List<Registration> attended = entityManager.createQuery("""
                select r from Registration r where r.event = :event and r.state = :confirmed
                and not exists (select c.id from Certificate c where c.registration = r) order by r.arrival""", Registration.class)
                .setParameter("event", event)
                .setParameter("confirmed", RegistrationState.CONFIRMED)
                .getResultList().stream().filter(Registration::isAttended).toList();
        attended.forEach(registration -> issue(viewer, registration));
        return attended.size();
    }

    /** Issues the certificate of one registration marked as attended; the one already issued, if any. */
    public Certificate issueOne(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null) {
            throw auditLog.refusal(viewer, "Registration " + registrationId);
        }
        certifiable(viewer, registration.getEvent().getId());
        entityManager.refresh(registration);
        Optional<Certificate> issued = ofRegistration(registration);
        if (issued.isPresent()) {
            return issued.get();
        }
        if (!registration.isAttended() || registration.getState() != RegistrationState.CONFIRMED) {
            throw new BusinessException("certificate.notAttended");
        }
        return issue(viewer, registration);
    }

    private Certificate issue(Viewer viewer, Registration registration) {
        Certificate certificate = new Certificate(registration, entityManager.find(Person.class, viewer.personId()));
        entityManager.persist(certificate);
        auditLog.record(viewer, AuditAction.CERTIFICATE_ISSUED, "registration", registration.getId(),
                registration.getPerson().getDisplayName() + " · " + registration.getEvent().getTitle());
        return certificate;
    }

    /** The event, locked, for its own coordinator or an admin, when certificates may be issued now. */
    private Event certifiable(Viewer viewer, Long eventId) {
        Event event = seats.locked(eventId).filter(found -> found.isCertifiedBy(viewer))
                .orElseThrow(() -> auditLog.refusal(viewer, "Certificates of event " + eventId));
        event.checkCertifiable(Instant.now());
        return event;
    }

    private Optional<Certificate> ofRegistration(Registration registration) {
        return entityManager.createQuery("select c from Certificate c where c.registration = :registration", Certificate.class)
                .setParameter("registration", registration).getResultStream().findFirst();
    }

    /** The certificates of an event by registration id, for its organisers' table (one query). */
    public Map<Long, Certificate> ofEvent(@NotNull Viewer viewer, @NotNull Event event) {
        Map<Long, Certificate> byRegistration = new HashMap<>();
        if (!event.isOrganisedBy(viewer)) {
            return byRegistration;
        }
        entityManager.createQuery("select c from Certificate c where c.registration.event = :event", Certificate.class)
                .setParameter("event", event).getResultList()
                .forEach(certificate -> byRegistration.put(certificate.getRegistration().getId(), certificate));
        return byRegistration;
    }

    /** The viewer's own valid certificate for an event, if issued. */
    public Optional<Certificate> mine(@NotNull Viewer viewer, @NotNull Long eventId) {
        if (viewer.isVisitor()) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                select c from Certificate c where c.registration.person.id = :person and c.registration.event.id = :event""", Certificate.class)
                .setParameter("person", viewer.personId())
                .setParameter("event", eventId)
                .getResultStream().filter(Certificate::isValid).findFirst();
    }

    /** The viewer's valid certificates, latest event first, with their events in the same query. */
    public List<Certificate> mine(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select c from Certificate c join fetch c.registration r join fetch r.event e
                where r.person.id = :person order by e.startsAt desc, c.id""", Certificate.class)
                .setParameter("person", viewer.personId())
                .getResultStream().filter(Certificate::isValid).toList();
    }

    /** A certificate to download: for its holder, the event's organisers and admins, while valid; else it does not exist. */
    public Optional<Certificate> readable(@NotNull Viewer viewer, @NotNull Long certificateId) {
        Certificate certificate = entityManager.find(Certificate.class, certificateId);
        if (certificate == null) {
            return Optional.empty();
        }
        if (!certificate.isReadableBy(viewer)) {
            auditLog.refusal(viewer, "Certificate " + certificateId);
            return Optional.empty();
        }
        return Optional.of(certificate).filter(Certificate::isValid);
    }

    /** The certificate of this number, valid or not, for the public verification page; empty for an unknown number. */
    public Optional<Certificate> verify(String number) {
        String normalised = Certificate.normalised(number);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return entityManager.createQuery("select c from Certificate c where c.number = :number", Certificate.class)
                .setParameter("number", normalised).getResultStream().findFirst();
    }
}

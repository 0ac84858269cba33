package org.clusterportal.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.people.Person;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * One attempt to register, in a transaction of its own that holds the event's row lock from the count of
 * confirmed seats to the commit. Only {@link RegistrationDesk#register} calls it, and retries when the database
 * refuses an attempt; it is a bean apart so that the retrying caller never waits for an instance of its own pool
 * (calling back into its own bean exhausted the pool at 60 callers).
 */
@Stateless
public class RegistrationAttempt {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Seats seats;

    @Inject
    private Audience audience;

    @Inject
    private EventNotices notices;

    @Inject
    private AuditLog auditLog;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Registration admit(Viewer viewer, Long eventId, List<String> answers) {
        Event event = seats.locked(eventId).filter(found -> audience.canSee(viewer, AudienceType.EVENT, eventId))
                .orElseThrow(() -> auditLog.refusal(viewer, "Event " + eventId));
        Optional<Registration> existing = seats.registrationOf(viewer, eventId);
        if (existing.isPresent() && existing.get().getState().isActive()) {
            return existing.get();
        }
        List<String> checked = Registration.checkedAnswers(event.getQuestions(), answers);
        RegistrationState state = event.admit(seats.confirmed(event), Instant.now());
        long arrival = entityManager.createQuery("select coalesce(max(r.arrival), 0) from Registration r where r.event = :event", Long.class)
                .setParameter("event", event).getSingleResult() + 1;
        Registration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.renew(state, arrival, checked);
        }
        else {
            registration = new Registration(event, entityManager.find(Person.class, viewer.personId()), state, arrival, checked);
            entityManager.persist(registration);
        }
        entityManager.flush();
        notices.tell(switch (state) {
            case CONFIRMED -> NoticeKind.REGISTRATION_CONFIRMED;
            case WAITLISTED -> NoticeKind.REGISTRATION_WAITLISTED;
            default -> NoticeKind.REGISTRATION_PENDING;
        }, Set.of(viewer.personId()), event, null, null);
        return registration;
    }

    /** What committed for this person and event, read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Registration> committed(Viewer viewer, Long eventId) {
        return seats.registrationOf(viewer, eventId);
    }
}

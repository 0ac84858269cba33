package org.clusterportal.events;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.persistence.config.QueryHints;

import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * Where a person registers for an event, withdraws, and sees where they stand; and the seats the lists count.
 * No event is ever overbooked: who holds a seat changes only under the event's row lock ({@link Seats}), and the
 * unique constraint on (event, person) makes a double click register once.
 */
@Stateless
public class RegistrationDesk {

    private static final int ATTEMPTS = 5;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Seats seats;

    /** The locked attempts, in a bean of their own: calling this bean back would wait for its own pool. */
    @Inject
    private RegistrationAttempt attempt;

    @Inject
    private Audience audience;

    @Inject
    private EventNotices notices;

    @Inject
    private AuditLog auditLog;

    /**
     * Registers the viewer, answering the event's questions: confirmed while seats are free, else waitlisted,
     * or pending when the organiser approves registrations. Registering twice (a double click, two tabs)
     * answers with the one registration. Each attempt runs in its own transaction holding the event's row
     * lock; an attempt that lost a race on the unique constraint or the lock is answered from what committed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Registration register(@NotNull Viewer viewer, @NotNull Long eventId, @NotNull List<String> answers) {
        if (viewer.isVisitor()) {
            throw auditLog.refusal(viewer, "Registration by a visitor");
        }
        EJBException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return attempt.admit(viewer, eventId, answers);
            }
            catch (EJBException lostRace) {
                // A unique-constraint violation (the same person at once) or a lock timeout: the database said no
                // to this attempt and rolled it back. What committed meanwhile is the answer; else try again.
                Optional<Registration> existing = attempt.committed(viewer, eventId);
                if (existing.isPresent() && existing.get().getState().isActive()) {
                    return existing.get();
                }
                last = lostRace;
            }
        }
        throw last;
    }

    /** The viewer withdraws; a seat they held goes to the first person waiting, who is told. */
    public Registration cancelRegistration(@NotNull Viewer viewer, @NotNull Long eventId) {
        Event event = seats.locked(eventId).filter(found -> audience.canSee(viewer, AudienceType.EVENT, eventId))
                .orElseThrow(() -> auditLog.refusal(viewer, "Event " + eventId));
        Registration registration = seats.registrationOf(viewer, eventId).orElseThrow(() -> new BusinessException("event.registration.notActive"));
        if (registration.cancel()) {
            seats.promoteWhileSeats(event);
        }
        notices.tell(NoticeKind.REGISTRATION_CANCELLED, Set.of(event.getCoordinator().getId()), event, viewer.personId(), null);
        return registration;
    }

    /** The viewer's registration for the event, whatever its state. */
    public Optional<Registration> findRegistration(@NotNull Viewer viewer, @NotNull Long eventId) {
        return seats.registrationOf(viewer, eventId);
    }

    /** Where this registration stands on the waiting list (1 = next), or empty when it is not waiting. */
    public Optional<Long> waitingPosition(@NotNull Registration registration) {
        if (registration.getState() != RegistrationState.WAITLISTED) {
            return Optional.empty();
        }
        return Optional.of(entityManager.createQuery("""
                select count(r) from Registration r where r.event = :event and r.state = :waiting and r.arrival <= :arrival""", Long.class)
                .setParameter("event", registration.getEvent())
                .setParameter("waiting", RegistrationState.WAITLISTED)
                .setParameter("arrival", registration.getArrival())
                .getSingleResult());
    }

    /** How many registrations of the event are in this state (the seats taken, the people waiting). */
    public long countIn(@NotNull Event event, @NotNull RegistrationState state) {
        return seats.countIn(event, state);
    }

    /** The confirmed registrations of each of these events, in one query (for lists). */
    public Map<Long, Long> confirmedCounts(@NotNull Collection<Long> eventIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : entityManager.createQuery("""
                select r.event.id, count(r) from Registration r where r.event.id in :events and r.state = :confirmed group by r.event.id""",
                Object[].class)
                .setParameter("events", List.copyOf(eventIds))
                .setParameter("confirmed", RegistrationState.CONFIRMED)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The viewer's coming events (confirmed, waiting or pending), soonest first; the events in the same query. */
    public List<Registration> myNextEvents(@NotNull Viewer viewer, @Min(1) @Max(50) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select r from Registration r join fetch r.event e
                where r.person.id = :person and r.state in :active and e.endsAt > :now and e.status = :published
                order by e.startsAt, e.id""", Registration.class)
                .setParameter("person", viewer.personId())
                .setParameter("active", List.of(RegistrationState.CONFIRMED, RegistrationState.WAITLISTED, RegistrationState.PENDING))
                .setParameter("now", Instant.now())
                .setParameter("published", EventStatus.PUBLISHED)
                .setHint(QueryHints.FETCH, "r.event.organiser")
                .setHint(QueryHints.FETCH, "r.event.coordinator")
                .setMaxResults(limit)
                .getResultList();
    }
}

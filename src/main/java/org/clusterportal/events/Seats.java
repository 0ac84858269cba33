package org.clusterportal.events;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * The lock of an event's row and what is counted under it: the one way to change an event or who holds a seat.
 * Every change first locks the row ({@code select ... for update}), so the confirmed count read next stays true
 * until the transaction commits, on any number of portal nodes.
 * <p>
 * A plain bean in its callers' transaction ({@code MANDATORY}): a lock taken in a transaction of its own would
 * be released before the caller counts, and an EJB of its own would add a pool for the 60 callers that wait
 * for the lock to share.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
class Seats {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private EventNotices notices;

    @Inject
    private AuditLog auditLog;

    /** The event with its row locked until the transaction ends, fresh from the database; empty when there is none. */
    Optional<Event> locked(Long eventId) {
        List<?> rows = entityManager.createNativeQuery("select id from event where id = ? for update")
                .setParameter(1, eventId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Event event = entityManager.find(Event.class, eventId);
        entityManager.refresh(event);
        return Optional.of(event);
    }

    /** The event locked for a change by one of its organisers; refused (and audited) to anyone else. */
    Event lockedFor(Viewer viewer, Long eventId) {
        return locked(eventId).filter(event -> event.isOrganisedBy(viewer))
                .orElseThrow(() -> auditLog.refusal(viewer, "Event " + eventId));
    }

    long countIn(Event event, RegistrationState state) {
        return entityManager.createQuery("select count(r) from Registration r where r.event = :event and r.state = :state", Long.class)
                .setParameter("event", event)
                .setParameter("state", state)
                .getSingleResult();
    }

    long confirmed(Event event) {
        return countIn(event, RegistrationState.CONFIRMED);
    }

    /** The viewer's registration for the event, whatever its state. */
    Optional<Registration> registrationOf(Viewer viewer, Long eventId) {
        if (viewer.isVisitor()) {
            return Optional.empty();
        }
        return entityManager.createQuery("select r from Registration r where r.event.id = :event and r.person.id = :person", Registration.class)
                .setParameter("event", eventId)
                .setParameter("person", viewer.personId())
                .getResultStream().findFirst();
    }

    /** Confirms the first people waiting, in arrival order, while seats are free; each is told. The row is locked. */
    void promoteWhileSeats(Event event) {
        entityManager.flush();
        long confirmed = confirmed(event);
        if (!event.hasSeatFor(confirmed)) {
            return;
        }
        List<Registration> waiting = entityManager.createQuery(
                "select r from Registration r where r.event = :event and r.state = :waiting order by r.arrival, r.id", Registration.class)
                .setParameter("event", event)
                .setParameter("waiting", RegistrationState.WAITLISTED)
                .setMaxResults(event.getCapacity() == null ? 500 : (int) Math.min(500, event.getCapacity() - confirmed))
                .getResultList();
        for (Registration next : event.toPromote(confirmed, waiting)) {
            next.confirm();
            notices.tell(NoticeKind.REGISTRATION_PROMOTED, Set.of(next.getPerson().getId()), event, null, null);
        }
    }

    /** Who holds or waits for a seat (confirmed, waiting, pending): whom a change of the event concerns. */
    Set<Long> activeParticipants(Event event) {
        return new HashSet<>(entityManager.createQuery(
                "select r.person.id from Registration r where r.event = :event and r.state in :active", Long.class)
                .setParameter("event", event)
                .setParameter("active", List.of(RegistrationState.CONFIRMED, RegistrationState.WAITLISTED, RegistrationState.PENDING))
                .getResultList());
    }
}

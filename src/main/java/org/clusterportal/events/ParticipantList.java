package org.clusterportal.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.persistence.config.QueryHints;

import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * The registrations of an event as its organisers manage them: who registered, approving and declining, moving
 * people between the seats and the waiting list, attendance. Every change holds the event's row lock, so a seat
 * it frees or takes is counted as the registration desk counts it.
 */
@Stateless
public class ParticipantList {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private EventService eventService;

    @Inject
    private Seats seats;

    @Inject
    private EventNotices notices;

    @Inject
    private AuditLog auditLog;

    /** All registrations of an event, for its organisers: by arrival (the export, the tests). */
    public List<Registration> registrations(@NotNull Viewer viewer, @NotNull Long eventId) {
        return ofEvent(eventService.organisedBy(viewer, eventId)).getResultList();
    }

    /** A page of them, for the organisers' table. */
    public List<Registration> page(@NotNull Viewer viewer, @NotNull Long eventId, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return ofEvent(eventService.organisedBy(viewer, eventId)).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull Long eventId) {
        return entityManager.createQuery("select count(r) from Registration r where r.event = :event", Long.class)
                .setParameter("event", eventService.organisedBy(viewer, eventId)).getSingleResult();
    }

    /** With each person, and the answers of all the rows in one more query rather than one per row. */
    private TypedQuery<Registration> ofEvent(Event event) {
        return entityManager.createQuery("select r from Registration r join fetch r.person where r.event = :event order by r.arrival, r.id",
                Registration.class)
                .setParameter("event", event)
                .setHint(QueryHints.BATCH, "r.answers")
                .setHint(QueryHints.BATCH_TYPE, "IN");
    }

    /** Registrations waiting for the viewer's approval: of events they organise (all, for admins); the events and people in the same query. */
    public List<Registration> awaitingApproval(@NotNull Viewer viewer, @Min(1) @Max(200) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        String organises = viewer.admin() ? "" : " and " + """
                (e.coordinator.id = :viewer
                 or exists (select ce.id from Event ce join ce.agreements ca join ca.coordinators cc where ce = e and cc.id = :viewer))""";
        TypedQuery<Registration> query = entityManager.createQuery("""
                select r from Registration r join fetch r.event e join fetch r.person
                where r.state = :pending and e.endsAt > :now""" + organises + " order by e.startsAt, r.arrival", Registration.class)
                .setParameter("pending", RegistrationState.PENDING)
                .setParameter("now", Instant.now())
                .setHint(QueryHints.FETCH, "r.event.organiser")
                .setHint(QueryHints.FETCH, "r.event.coordinator")
                .setMaxResults(limit);
        if (!viewer.admin()) {
            query.setParameter("viewer", viewer.personId());
        }
        return query.getResultList();
    }

    /** The organiser approves a pending registration: confirmed if a seat is free, else on the waiting list. */
    public Registration approve(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (registration.getState() != RegistrationState.PENDING) {
            throw new BusinessException("event.registration.notPending");
        }
        if (registration.getEvent().hasSeatFor(seats.confirmed(registration.getEvent()))) {
            registration.confirm();
            tell(NoticeKind.REGISTRATION_CONFIRMED, registration, viewer);
        }
        else {
            registration.waitlist();
            tell(NoticeKind.REGISTRATION_WAITLISTED, registration, viewer);
        }
        audit(viewer, AuditAction.REGISTRATION_APPROVED, registration);
        return registration;
    }

    /** The organiser declines; a seat it held goes to the first person waiting. */
    public Registration decline(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (registration.decline()) {
            seats.promoteWhileSeats(registration.getEvent());
        }
        tell(NoticeKind.REGISTRATION_DECLINED, registration, viewer);
        audit(viewer, AuditAction.REGISTRATION_DECLINED, registration);
        return registration;
    }

    /** The organiser confirms someone waiting ahead of their turn, if a seat is free. */
    public Registration confirm(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (!registration.getEvent().hasSeatFor(seats.confirmed(registration.getEvent()))) {
            throw new BusinessException("event.full");
        }
        registration.confirm();
        tell(NoticeKind.REGISTRATION_PROMOTED, registration, viewer);
        audit(viewer, AuditAction.REGISTRATION_CONFIRMED, registration);
        return registration;
    }

    /** The organiser moves a confirmed person to the waiting list (keeping their arrival); nobody is promoted. */
    public Registration moveToWaitingList(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (registration.getState() != RegistrationState.CONFIRMED) {
            throw new BusinessException("event.registration.notConfirmed");
        }
        registration.waitlist();
        tell(NoticeKind.REGISTRATION_WAITLISTED, registration, viewer);
        audit(viewer, AuditAction.REGISTRATION_WAITLISTED, registration);
        return registration;
    }

    public Registration markAttended(@NotNull Viewer viewer, @NotNull Long registrationId, boolean attended) {
        Registration registration = organised(viewer, registrationId);
        registration.markAttended(attended, Instant.now());
        audit(viewer, AuditAction.ATTENDANCE_MARKED, registration);
        return registration;
    }

    /** The registration, fresh, with its event's row locked by one of its organisers; refused to anyone else. */
    private Registration organised(Viewer viewer, Long registrationId) {
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null) {
            throw auditLog.refusal(viewer, "Registration " + registrationId);
        }
        seats.lockedFor(viewer, registration.getEvent().getId());
        entityManager.refresh(registration);
        return registration;
    }

    /**
     * One entry about the registration, named by the person and the event, with the state it is left in (and the
     * attendance marked), in the change's transaction.
     */
    private void audit(Viewer viewer, AuditAction action, Registration registration) {
        auditLog.record(viewer, action, "registration", registration.getId(),
                registration.getPerson().getDisplayName() + " @ " + registration.getEvent().getTitle(),
                "event " + registration.getEvent().getId() + ", " + registration.getState()
                        + (action == AuditAction.ATTENDANCE_MARKED ? registration.isAttended() ? ", attended" : ", not attended" : ""));
    }

    private void tell(NoticeKind kind, Registration registration, Viewer organiser) {
        notices.tell(kind, Set.of(registration.getPerson().getId()), registration.getEvent(), organiser.personId(), null);
    }
}

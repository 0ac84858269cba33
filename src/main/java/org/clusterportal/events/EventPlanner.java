package org.clusterportal.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.agreements.Reach;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.text.RichText;

/**
 * Organising an event: writing a draft, changing it, publishing and cancelling it, writing to everybody
 * registered. Only its organisers do ({@link Event#isOrganisedBy}); each change holds the event's row lock and
 * keeps its audience in the same transaction.
 */
@Stateless
public class EventPlanner {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private EventService eventService;

    @Inject
    private Seats seats;

    @Inject
    private Audience audience;

    @Inject
    private EventNotices notices;

    @Inject
    private AuditLog auditLog;

    /** A new draft, organised by the viewer. */
    public Event create(@NotNull Viewer viewer, @NotNull @Valid EventForm form) {
        if (!eventService.canOrganise(viewer)) {
            throw auditLog.refusal(viewer, "Events by person " + viewer.personId());
        }
        Event event = new Event(organiser(viewer, form), entityManager.find(Person.class, viewer.personId()));
        describe(viewer, event, form, 0, false);
        entityManager.persist(event);
        keepAudience(event);
        audit(viewer, AuditAction.EVENT_CREATED, event);
        return event;
    }

    /**
     * Changes an event from a form showing its version. Registered people are told when a published event
     * changes; a larger capacity confirms people from the waiting list, a smaller one is refused while below the
     * confirmed count.
     */
    public Event update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid EventForm form) {
        Event event = seats.lockedFor(viewer, id);
        event.checkVersion(form.getVersion());
        if (!event.getOrganiser().getId().equals(form.getOrganiserId())) {
            event.organiseBy(organiser(viewer, form));
        }
        int sequence = event.getSequence();
        long answered = entityManager.createQuery("select count(r) from Registration r where r.event = :event", Long.class)
                .setParameter("event", event).getSingleResult();
        describe(viewer, event, form, seats.confirmed(event), answered > 0);
        if (event.getStatus() == EventStatus.PUBLISHED) {
            seats.promoteWhileSeats(event);
            if (event.getSequence() != sequence) {
                notices.tell(NoticeKind.EVENT_CHANGED, seats.activeParticipants(event), event, viewer.personId(), null);
            }
        }
        keepAudience(event);
        audit(viewer, AuditAction.EVENT_CHANGED, event);
        return event;
    }

    public Event publish(@NotNull Viewer viewer, @NotNull Long id) {
        Event event = seats.lockedFor(viewer, id);
        event.publish();
        keepAudience(event);
        audit(viewer, AuditAction.EVENT_PUBLISHED, event);
        return event;
    }

    /** Cancels the event: registration closes, everybody registered is told. */
    public Event cancel(@NotNull Viewer viewer, @NotNull Long id) {
        Event event = seats.lockedFor(viewer, id);
        boolean wasPublished = event.getStatus() == EventStatus.PUBLISHED;
        event.cancel();
        keepAudience(event);
        audit(viewer, AuditAction.EVENT_CANCELLED, event);
        if (wasPublished) {
            notices.tell(NoticeKind.EVENT_CANCELLED, seats.activeParticipants(event), event, viewer.personId(), null);
        }
        return event;
    }

    /** The organiser's message to everybody registered (confirmed, waiting, pending). */
    public int message(@NotNull Viewer viewer, @NotNull Long id, @NotBlank @Size(max = 4000) String text) {
        Event event = eventService.organisedBy(viewer, id);
        Set<Long> recipients = seats.activeParticipants(event);
        notices.tell(NoticeKind.EVENT_MESSAGE, recipients, event, viewer.personId(), text.strip());
        return recipients.size();
    }

    /**
     * Keeps who may see the event in step with the change just made, in its transaction: every change that
     * could change who sees it (what it is for, its state, its agreements, its coordinator) ends here.
     */
    private void keepAudience(Event event) {
        audience.keep(AudienceType.EVENT, event.getId(), event.audience());
    }

    /** One entry about the event, named by its title now and its organiser, in the change's transaction. */
    private void audit(Viewer viewer, AuditAction action, Event event) {
        auditLog.record(viewer, action, "event", event.getId(), event.getTitle(), event.getOrganiser().getName());
    }

    /** The organisation the form names, if the viewer may organise in its name; else a refusal on the field. */
    private Organisation organiser(Viewer viewer, EventForm form) {
        return eventService.organisersFor(viewer).stream().filter(organisation -> organisation.getId().equals(form.getOrganiserId()))
                .findFirst().orElseThrow(() -> BusinessException.onField("organiser", "event.organiser.notYours"));
    }

    private void describe(Viewer viewer, Event event, EventForm form, long confirmed, boolean answered) {
        ZoneId zone = Event.zone(form.getZone());
        Set<Agreement> agreements = new HashSet<>();
        if (form.getReach() == Reach.PARTICIPANTS) {
            List<Agreement> allowed = eventService.agreementsToChoose(viewer, event.getId());
            for (Long agreementId : form.getAgreementIds()) {
                agreements.add(allowed.stream().filter(agreement -> agreement.getId().equals(agreementId)).findFirst()
                        .orElseThrow(() -> BusinessException.onField("agreements", "event.agreements.notCoordinated")));
            }
        }
        String language = form.getLanguage().strip().toLowerCase(Locale.ROOT);
        if (!List.of(Locale.getISOLanguages()).contains(language)) {
            throw BusinessException.onField("language", "event.language.unknown");
        }
        event.describe(form.getType(), form.getTitle().strip(), emptyToNull(RichText.sanitise(form.getDescription())),
                EventForm.blankToNull(form.getAgenda()), instant(form.getStartsAt(), zone), instant(form.getEndsAt(), zone), zone,
                EventForm.blankToNull(form.getPlace()), form.getOnlineLink(), language, form.getReach(), agreements, form.getCapacity(),
                form.getRegistrationOpens() == null ? null : instant(form.getRegistrationOpens(), zone),
                form.getRegistrationCloses() == null ? null : instant(form.getRegistrationCloses(), zone), form.isNeedsApproval(),
                form.getQuestions().stream().map(EventForm.QuestionForm::toQuestion).toList(), confirmed, answered);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** A wall-clock time in the zone; in a gap (spring forward) the later offset, as java.time decides. */
    private static Instant instant(LocalDateTime time, ZoneId zone) {
        return time.atZone(zone).toInstant();
    }
}

package org.clusterportal.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.text.RichText;

/**
 * Events and registrations. A published event is seen by everybody when public, else by whoever may see one of
 * its agreements ({@link AccessPolicy}); drafts only by its organisers (its coordinator, the coordinators of its
 * agreements) and admins, who are also the only ones to change it. Lists apply this in their query.
 * <p>
 * No event is ever overbooked: every change of who holds a seat first locks the event's row in the database
 * ({@code select ... for update}), so the confirmed count it reads stays true until it commits, on any number of
 * portal nodes; the unique constraint on (event, person) makes a double click register once.
 */
@Stateless
public class EventService {

    private static final int ATTEMPTS = 5;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private Audience audience;

    @Inject
    private jakarta.enterprise.event.Event<Notice> notices;

    /** The locked attempts, in a bean of their own: calling this bean back would wait for its own pool. */
    @Inject
    private RegistrationDesk desk;

    // ---- finding events ---------------------------------------------------------------------------------

    /** The events the viewer may see that match the filter, soonest first, a page at a time. */
    public List<Event> list(@NotNull Viewer viewer, @NotNull @Valid EventFilter filter, @NotNull ZoneId viewerZone,
            @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return query(viewer, filter, viewerZone, "select e", " order by e.startsAt, e.id", Event.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull @Valid EventFilter filter, @NotNull ZoneId viewerZone) {
        return query(viewer, filter, viewerZone, "select count(e)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Viewer viewer, EventFilter filter, ZoneId zone, String select, String order, Class<T> type) {
        Where where = audience.restrict(new Where(), viewer, AudienceType.EVENT, "e.id")
                .containsWords(SearchWords.of(filter.getWords()), "e.title", "e.place")
                .andIf(filter.getType(), "e.type = :type", "type")
                .andIf(filter.getAgreementId(), "exists (select fe.id from Event fe join fe.agreements fa where fe = e and fa.id = :agreementId)",
                        "agreementId")
                .andIf(filter.getLanguage(), "e.language = :language", "language");
        if (filter.getFrom() != null) {
            where.and("e.endsAt >= :from", "from", filter.getFrom().atStartOfDay(zone).toInstant());
        }
        else if (!filter.isIncludePast()) {
            where.and("e.endsAt >= :from", "from", Instant.now());
        }
        if (filter.getTo() != null) {
            where.and("e.startsAt < :to", "to", filter.getTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.isOnlyWithSeats()) {
            where.and("e.status = :openEvent and (e.capacity is null or e.capacity > "
                    + "(select count(fr) from Registration fr where fr.event = e and fr.state = :confirmedState))")
                    .bind("openEvent", EventStatus.PUBLISHED).bind("confirmedState", RegistrationState.CONFIRMED);
        }
        return where.query(entityManager, select + " from Event e", order, type);
    }

    /** The events the viewer may see that overlap {@code [from, to)}: what a calendar view shows. */
    public List<Event> between(@NotNull Viewer viewer, @NotNull Instant from, @NotNull Instant to) {
        return audience.restrict(new Where(), viewer, AudienceType.EVENT, "e.id")
                .and("e.startsAt < :to", "to", to)
                .and("e.endsAt > :from", "from", from)
                .query(entityManager, "select e from Event e", " order by e.startsAt, e.id", Event.class)
                .setMaxResults(500)
                .getResultList();
    }

    /** The ids among {@code ids} of the events the viewer may see, in one query (for notifications and discussions). */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        return audience.visibleAmong(viewer, AudienceType.EVENT, ids);
    }

    /** The event, if the viewer may see it: to anyone else it does not exist. */
    public Optional<Event> find(@NotNull Viewer viewer, @NotNull Long id) {
        return audience.find(viewer, AudienceType.EVENT, Event.class, id);
    }

    /** Its coordinator, the coordinators of its agreements, and admins. */
    public boolean canEdit(@NotNull Viewer viewer, @NotNull Event event) {
        return organises(viewer, event);
    }

    static boolean organises(Viewer viewer, Event event) {
        return viewer.admin() || !viewer.isVisitor() && (viewer.personId().equals(event.getCoordinator().getId())
                || event.getAgreements().stream().anyMatch(agreement -> agreement.isCoordinatedBy(viewer.personId())));
    }

    /** The online link is for those with a confirmed seat and the organisers: {@code null} for anyone else. */
    public String onlineLinkFor(@NotNull Viewer viewer, @NotNull Event event) {
        if (!event.isOnline()) {
            return null;
        }
        if (canEdit(viewer, event)) {
            return event.getOnlineLink();
        }
        return findRegistration(viewer, event.getId()).filter(registration -> registration.getState() == RegistrationState.CONFIRMED)
                .map(registration -> event.getOnlineLink()).orElse(null);
    }

    /** The agreements the viewer may organise events for: those they coordinate; every one for admins. */
    public List<Agreement> agreementsFor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        if (viewer.admin()) {
            return entityManager.createQuery("select a from Agreement a order by a.title", Agreement.class).getResultList();
        }
        return entityManager.createQuery("select distinct a from Agreement a join a.coordinators c where c.id = :viewer order by a.title",
                Agreement.class).setParameter("viewer", viewer.personId()).getResultList();
    }

    /** Coordinators of an agreement and admins organise events. */
    public boolean canOrganise(@NotNull Viewer viewer) {
        return viewer.admin() || !agreementsFor(viewer).isEmpty();
    }

    /**
     * The organisations an event of the viewer may be organised by: their own, and the signatories of the
     * agreements they may organise events for.
     */
    public List<Organisation> organisersFor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        Set<Organisation> organisations = new LinkedHashSet<>(accessPolicy.organisationsOf(viewer));
        List<Long> agreementIds = agreementsFor(viewer).stream().map(Agreement::getId).toList();
        if (!agreementIds.isEmpty()) {
            organisations.addAll(entityManager.createQuery(
                    "select distinct o from Signatory s join s.organisation o where s.agreement.id in :agreements order by o.name", Organisation.class)
                    .setParameter("agreements", agreementIds)
                    .getResultList());
        }
        return List.copyOf(organisations);
    }

    // ---- organising ----------------------------------------------------------------------------------------

    /** A new draft, organised by the viewer. */
    public Event create(@NotNull Viewer viewer, @NotNull @Valid EventForm form) {
        if (!canOrganise(viewer)) {
            throw new AccessDeniedException("Events by person " + viewer.personId());
        }
        Organisation organiser = organisersFor(viewer).stream().filter(organisation -> organisation.getId().equals(form.getOrganiserId()))
                .findFirst().orElseThrow(() -> BusinessException.onField("organiser", "event.organiser.notYours"));
        Event event = new Event(organiser, entityManager.find(Person.class, viewer.personId()));
        describe(viewer, event, form, 0, false);
        entityManager.persist(event);
        keepAudience(event);
        return event;
    }

    /**
     * Changes an event from a form showing its version. Registered people are told when a published event
     * changes; a larger capacity confirms people from the waiting list, a smaller one is refused while below the
     * confirmed count.
     */
    public Event update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid EventForm form) {
        Event event = lockedEditable(viewer, id);
        event.checkVersion(form.getVersion());
        if (!event.getOrganiser().getId().equals(form.getOrganiserId())) {
            Organisation organiser = organisersFor(viewer).stream().filter(organisation -> organisation.getId().equals(form.getOrganiserId()))
                    .findFirst().orElseThrow(() -> BusinessException.onField("organiser", "event.organiser.notYours"));
            event.organiseBy(organiser);
        }
        int sequence = event.getSequence();
        long answered = entityManager.createQuery("select count(r) from Registration r where r.event = :event", Long.class)
                .setParameter("event", event).getSingleResult();
        describe(viewer, event, form, confirmedCount(event), answered > 0);
        if (event.getStatus() == EventStatus.PUBLISHED) {
            promoteWhileSeats(event);
            if (event.getSequence() != sequence) {
                tell(NoticeKind.EVENT_CHANGED, activeParticipants(event), event, viewer.personId(), null);
            }
        }
        keepAudience(event);
        return event;
    }

    private void describe(Viewer viewer, Event event, EventForm form, long confirmed, boolean answered) {
        ZoneId zone = Event.zone(form.getZone());
        Set<Agreement> audience = new HashSet<>();
        if (form.getReach() == Reach.PARTICIPANTS) {
            List<Agreement> allowed = new ArrayList<>(agreementsFor(viewer));
            allowed.addAll(event.getAgreements()); // an admin's or a co-organiser's choice stays when another edits
            for (Long agreementId : form.getAgreementIds()) {
                audience.add(allowed.stream().filter(agreement -> agreement.getId().equals(agreementId)).findFirst()
                        .orElseThrow(() -> BusinessException.onField("agreements", "event.agreements.notCoordinated")));
            }
        }
        String language = form.getLanguage().strip().toLowerCase(Locale.ROOT);
        if (!List.of(Locale.getISOLanguages()).contains(language)) {
            throw BusinessException.onField("language", "event.language.unknown");
        }
        event.describe(form.getType(), form.getTitle().strip(), emptyToNull(RichText.sanitise(form.getDescription())),
                EventForm.blankToNull(form.getAgenda()), instant(form.getStartsAt(), zone), instant(form.getEndsAt(), zone), zone,
                EventForm.blankToNull(form.getPlace()), form.getOnlineLink(), language, form.getReach(), audience, form.getCapacity(),
                form.getRegistrationOpens() == null ? null : instant(form.getRegistrationOpens(), zone),
                form.getRegistrationCloses() == null ? null : instant(form.getRegistrationCloses(), zone), form.isNeedsApproval(),
                form.getQuestions().stream().map(EventForm.QuestionForm::toQuestion).toList(), confirmed, answered);
    }

    /** Keeps who may see the event in step with the change just made (in its transaction). */
    private void keepAudience(Event event) {
        audience.keep(AudienceType.EVENT, event.getId(), event.audience());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** A wall-clock time in the zone; in a gap (spring forward) the later offset, as java.time decides. */
    private static Instant instant(LocalDateTime time, ZoneId zone) {
        return time.atZone(zone).toInstant();
    }

    public Event publish(@NotNull Viewer viewer, @NotNull Long id) {
        Event event = lockedEditable(viewer, id);
        event.publish();
        keepAudience(event);
        return event;
    }

    /** Cancels the event: registration closes, everybody registered is told. */
    public Event cancel(@NotNull Viewer viewer, @NotNull Long id) {
        Event event = lockedEditable(viewer, id);
        boolean wasPublished = event.getStatus() == EventStatus.PUBLISHED;
        event.cancel();
        keepAudience(event);
        if (wasPublished) {
            tell(NoticeKind.EVENT_CANCELLED, activeParticipants(event), event, viewer.personId(), null);
        }
        return event;
    }

    /** The organiser's message to everybody registered (confirmed, waiting, pending). */
    public int message(@NotNull Viewer viewer, @NotNull Long id, @NotBlank @Size(max = 4000) String text) {
        Event event = editable(viewer, id);
        Set<Long> recipients = activeParticipants(event);
        tell(NoticeKind.EVENT_MESSAGE, recipients, event, viewer.personId(), text.strip());
        return recipients.size();
    }

    // ---- registering ---------------------------------------------------------------------------------------

    /**
     * Registers the viewer, answering the event's questions: confirmed while seats are free, else waitlisted,
     * or pending when the organiser approves registrations. Registering twice (a double click, two tabs)
     * answers with the one registration. Each attempt runs in its own transaction holding the event's row
     * lock; an attempt that lost a race on the unique constraint or the lock is answered from what committed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Registration register(@NotNull Viewer viewer, @NotNull Long eventId, @NotNull List<String> answers) {
        if (viewer.isVisitor()) {
            throw new AccessDeniedException("Registration by a visitor");
        }
        EJBException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return desk.admit(viewer, eventId, answers);
            }
            catch (EJBException lostRace) {
                // A unique-constraint violation (the same person at once) or a lock timeout: the database said no
                // to this attempt and rolled it back. What committed meanwhile is the answer; else try again.
                Optional<Registration> existing = desk.find(viewer, eventId);
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
        Event event = locked(eventId);
        if (event == null || !audience.canSee(viewer, AudienceType.EVENT, eventId)) {
            throw new AccessDeniedException("Event " + eventId);
        }
        Registration registration = findRegistration(viewer, eventId).orElseThrow(() -> new BusinessException("event.registration.notActive"));
        if (registration.cancel()) {
            promoteWhileSeats(event);
        }
        tell(NoticeKind.REGISTRATION_CANCELLED, Set.of(event.getCoordinator().getId()), event, viewer.personId(), null);
        return registration;
    }

    /** The organiser approves a pending registration: confirmed if a seat is free, else on the waiting list. */
    public Registration approve(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (registration.getState() != RegistrationState.PENDING) {
            throw new BusinessException("event.registration.notPending");
        }
        if (registration.getEvent().hasSeatFor(confirmedCount(registration.getEvent()))) {
            registration.confirm();
            tell(NoticeKind.REGISTRATION_CONFIRMED, Set.of(registration.getPerson().getId()), registration.getEvent(), viewer.personId(), null);
        }
        else {
            registration.waitlist();
            tell(NoticeKind.REGISTRATION_WAITLISTED, Set.of(registration.getPerson().getId()), registration.getEvent(), viewer.personId(), null);
        }
        return registration;
    }

    /** The organiser declines; a seat it held goes to the first person waiting. */
    public Registration decline(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (registration.decline()) {
            promoteWhileSeats(registration.getEvent());
        }
        tell(NoticeKind.REGISTRATION_DECLINED, Set.of(registration.getPerson().getId()), registration.getEvent(), viewer.personId(), null);
        return registration;
    }

    /** The organiser confirms someone waiting ahead of their turn, if a seat is free. */
    public Registration confirm(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (!registration.getEvent().hasSeatFor(confirmedCount(registration.getEvent()))) {
            throw new BusinessException("event.full");
        }
        registration.confirm();
        tell(NoticeKind.REGISTRATION_PROMOTED, Set.of(registration.getPerson().getId()), registration.getEvent(), viewer.personId(), null);
        return registration;
    }

    /** The organiser moves a confirmed person to the waiting list (keeping their arrival); nobody is promoted. */
    public Registration moveToWaitingList(@NotNull Viewer viewer, @NotNull Long registrationId) {
        Registration registration = organised(viewer, registrationId);
        if (registration.getState() != RegistrationState.CONFIRMED) {
            throw new BusinessException("event.registration.notConfirmed");
        }
        registration.waitlist();
        tell(NoticeKind.REGISTRATION_WAITLISTED, Set.of(registration.getPerson().getId()), registration.getEvent(), viewer.personId(), null);
        return registration;
    }

    public Registration markAttended(@NotNull Viewer viewer, @NotNull Long registrationId, boolean attended) {
        Registration registration = organised(viewer, registrationId);
        registration.markAttended(attended);
        return registration;
    }

    /** Confirms the first people waiting, in arrival order, while seats are free; each is told. */
    private void promoteWhileSeats(Event event) {
        entityManager.flush();
        long confirmed = confirmedCount(event);
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
            tell(NoticeKind.REGISTRATION_PROMOTED, Set.of(next.getPerson().getId()), event, null, null);
        }
    }

    private Registration organised(Viewer viewer, Long registrationId) {
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null) {
            throw new AccessDeniedException("Registration " + registrationId);
        }
        lockedEditable(viewer, registration.getEvent().getId());
        entityManager.refresh(registration);
        return registration;
    }

    // ---- reading registrations ---------------------------------------------------------------------------

    /** The viewer's registration for the event, whatever its state. */
    public Optional<Registration> findRegistration(@NotNull Viewer viewer, @NotNull Long eventId) {
        return findRegistration(entityManager, viewer, eventId);
    }

    static Optional<Registration> findRegistration(EntityManager entityManager, Viewer viewer, Long eventId) {
        if (viewer.isVisitor()) {
            return Optional.empty();
        }
        return entityManager.createQuery("select r from Registration r where r.event.id = :event and r.person.id = :person", Registration.class)
                .setParameter("event", eventId)
                .setParameter("person", viewer.personId())
                .getResultStream().findFirst();
    }

    /** All registrations of an event, for its organisers: by state, then arrival. */
    public List<Registration> registrations(@NotNull Viewer viewer, @NotNull Long eventId) {
        Event event = editable(viewer, eventId);
        return entityManager.createQuery("""
                select r from Registration r join fetch r.person where r.event = :event order by r.arrival, r.id""", Registration.class)
                .setParameter("event", event)
                .getResultList();
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

    public long confirmedCount(@NotNull Event event) {
        return countIn(event, RegistrationState.CONFIRMED);
    }

    public long countIn(@NotNull Event event, @NotNull RegistrationState state) {
        return countIn(entityManager, event, state);
    }

    static long countIn(EntityManager entityManager, Event event, RegistrationState state) {
        return entityManager.createQuery("select count(r) from Registration r where r.event = :event and r.state = :state", Long.class)
                .setParameter("event", event)
                .setParameter("state", state)
                .getSingleResult();
    }

    /** Where the viewer stands on the waiting list (1 = next), or empty when not waiting. */
    public Optional<Long> waitingPosition(@NotNull Viewer viewer, @NotNull Long eventId) {
        return findRegistration(viewer, eventId).filter(registration -> registration.getState() == RegistrationState.WAITLISTED)
                .map(registration -> entityManager.createQuery("""
                        select count(r) from Registration r where r.event = :event and r.state = :waiting and r.arrival <= :arrival""", Long.class)
                        .setParameter("event", registration.getEvent())
                        .setParameter("waiting", RegistrationState.WAITLISTED)
                        .setParameter("arrival", registration.getArrival())
                        .getSingleResult());
    }

    /** The viewer's coming events (confirmed, waiting or pending), soonest first. */
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
                .setMaxResults(limit)
                .getResultList();
    }

    /** Registrations waiting for the viewer's approval: of events they organise (all, for admins). */
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
                .setMaxResults(limit);
        if (!viewer.admin()) {
            query.setParameter("viewer", viewer.personId());
        }
        return query.getResultList();
    }

    // ---- reminders and feeds ---------------------------------------------------------------------------------

    /**
     * Tells the people with a seat at a published event starting 12 to 36 hours after {@code now}: run once a
     * day, each event falls in one run's window, the day before it; an event is reminded of once, whichever
     * node runs first.
     */
    public int remindOfTomorrow(@NotNull Instant now) {
        List<Event> events = entityManager.createQuery(
                "select e from Event e where e.status = :published and e.startsAt >= :from and e.startsAt < :to", Event.class)
                .setParameter("published", EventStatus.PUBLISHED)
                .setParameter("from", now.plus(Duration.ofHours(12)))
                .setParameter("to", now.plus(Duration.ofHours(36)))
                .getResultList();
        int told = 0;
        for (Event listed : events) {
            // Every node runs the timer: the first to lock the event and record the reminder sends it.
            Event event = locked(listed.getId());
            long sent = ((Number) entityManager.createNativeQuery("select count(*) from event_reminder where event_id = ?")
                    .setParameter(1, event.getId()).getSingleResult()).longValue();
            if (sent > 0) {
                continue;
            }
            entityManager.createNativeQuery("insert into event_reminder (event_id, sent_at) values (?, ?)")
                    .setParameter(1, event.getId()).setParameter(2, java.sql.Timestamp.from(now)).executeUpdate();
            Set<Long> confirmed = new HashSet<>(entityManager.createQuery(
                    "select r.person.id from Registration r where r.event = :event and r.state = :confirmed", Long.class)
                    .setParameter("event", event)
                    .setParameter("confirmed", RegistrationState.CONFIRMED)
                    .getResultList());
            if (!confirmed.isEmpty()) {
                tell(NoticeKind.EVENT_REMINDER, confirmed, event, null, null);
                told += confirmed.size();
            }
        }
        return told;
    }

    /** Public events (published or cancelled, so subscribers see the cancellation) ending after {@code from}. */
    public List<Event> publicEvents(@NotNull Instant from, @Min(1) @Max(500) int limit) {
        return entityManager.createQuery("""
                select e from Event e where e.reach = :public and e.status <> :draft and e.endsAt > :from order by e.startsAt, e.id""", Event.class)
                .setParameter("public", Reach.PUBLIC)
                .setParameter("draft", EventStatus.DRAFT)
                .setParameter("from", from)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The secret address part of the viewer's calendar feed, made at the first request. */
    public String calendarToken(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            throw new AccessDeniedException("Calendar of a visitor");
        }
        return entityManager.createQuery("select t from CalendarToken t where t.person.id = :person", CalendarToken.class)
                .setParameter("person", viewer.personId())
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    CalendarToken token = new CalendarToken(entityManager.find(Person.class, viewer.personId()));
                    entityManager.persist(token);
                    return token;
                }).getToken();
    }

    /** A new secret: the old address of the feed stops working. */
    public String renewCalendarToken(@NotNull Viewer viewer) {
        calendarToken(viewer);
        CalendarToken token = entityManager.createQuery("select t from CalendarToken t where t.person.id = :person", CalendarToken.class)
                .setParameter("person", viewer.personId()).getSingleResult();
        token.renew();
        return token.getToken();
    }

    /**
     * The registrations in the feed of the token's person: of the last 90 days and to come, cancelled ones
     * included so that calendars remove them. Empty for an unknown (or revoked) token.
     */
    public List<Registration> feedOf(@NotNull @Size(max = 64) String token) {
        return entityManager.createQuery("""
                select r from Registration r join fetch r.event e, CalendarToken t
                where t.token = :token and r.person = t.person and e.status <> :draft and e.endsAt > :since
                order by e.startsAt""", Registration.class)
                .setParameter("token", token)
                .setParameter("draft", EventStatus.DRAFT)
                .setParameter("since", Instant.now().minus(Duration.ofDays(90)))
                .setMaxResults(500)
                .getResultList();
    }

    /** Whether a feed address is (still) valid, when it lists nothing. */
    public boolean isCalendarToken(@NotNull String token) {
        return entityManager.createQuery("select count(t) from CalendarToken t where t.token = :token", Long.class)
                .setParameter("token", token).getSingleResult() > 0;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The event with its row locked until the transaction ends: the one way to change who holds a seat. */
    private Event locked(Long eventId) {
        return locked(entityManager, eventId);
    }

    static Event locked(EntityManager entityManager, Long eventId) {
        List<?> rows = entityManager.createNativeQuery("select id from event where id = ? for update")
                .setParameter(1, eventId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Event event = entityManager.find(Event.class, eventId);
        entityManager.refresh(event);
        return event;
    }

    private Event lockedEditable(Viewer viewer, Long id) {
        Event event = locked(id);
        if (event == null || !canEdit(viewer, event)) {
            throw new AccessDeniedException("Event " + id);
        }
        return event;
    }

    private Event editable(Viewer viewer, Long id) {
        Event event = entityManager.find(Event.class, id);
        if (event == null || !canEdit(viewer, event)) {
            throw new AccessDeniedException("Event " + id);
        }
        return event;
    }

    private Set<Long> activeParticipants(Event event) {
        return new HashSet<>(entityManager.createQuery(
                "select r.person.id from Registration r where r.event = :event and r.state in :active", Long.class)
                .setParameter("event", event)
                .setParameter("active", List.of(RegistrationState.CONFIRMED, RegistrationState.WAITLISTED, RegistrationState.PENDING))
                .getResultList());
    }

    private void tell(NoticeKind kind, Set<Long> recipients, Event event, Long actorId, String text) {
        tell(notices, kind, recipients, event, actorId, text);
    }

    /** Fires the notice to the recipients but the actor, if anybody is left. */
    static void tell(jakarta.enterprise.event.Event<Notice> notices, NoticeKind kind, Set<Long> recipients, Event event, Long actorId, String text) {
        Set<Long> others = new HashSet<>(recipients);
        if (actorId != null) {
            others.remove(actorId);
        }
        if (!others.isEmpty()) {
            notices.fire(new Notice(kind, others, new Subject(SubjectType.EVENT, event.getId(), event.getTitle()), actorId, text));
        }
    }
}

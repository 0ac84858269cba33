package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Notification;
import org.clusterportal.notifications.OutboxMessage;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deliveries;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events on the database: many people registering at once never overbook an event, the waiting list keeps the
 * order of arrival, a freed seat goes to exactly one person; and the access rule as a matrix.
 */
@ExtendWith(ArquillianExtension.class)
class EventServiceIT {

    private static final int PEOPLE = 60;
    private static final int SEATS = 10;

    @Inject
    private EventService eventService;

    @Inject
    private EventPlanner planner;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private ParticipantList participants;

    @Inject
    private CalendarFeeds feeds;

    @Inject
    private EventReminders reminders;

    @Inject
    private NoticeRecorder noticeRecorder;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    @Resource
    private ManagedThreadFactory threadFactory;

    private Agreement agreement;
    private Organisation signatory;
    private Viewer coordinator;
    private Viewer participant;
    private Viewer throughCluster;
    private Viewer unrelated;
    private Viewer admin;
    private final List<Viewer> crowd = new ArrayList<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addClasses(NoticeRecorder.class, Deliveries.class);
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        signatory = organisation("Signatory");
        Organisation partner = organisation("Partner");
        Organisation elsewhere = organisation("Elsewhere");
        Organisation other = organisation("Other");
        Organisation memberOfPartner = organisation("Member of partner");

        agreement = new Agreement("Events agreement " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(signatory, null);
        agreement.addSignatory(partner, null);
        Person coordinatorPerson = person(signatory);
        agreement.nameCoordinator(coordinatorPerson);
        entityManager.persist(agreement);

        Agreement otherAgreement = new Agreement("Other events agreement " + UUID.randomUUID());
        otherAgreement.describe(otherAgreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        otherAgreement.addSignatory(elsewhere, null);
        otherAgreement.addSignatory(other, null);
        entityManager.persist(otherAgreement);

        coordinator = new Viewer(coordinatorPerson.getId(), false);
        participant = new Viewer(person(partner).getId(), false);
        entityManager.flush();
        entityManager.createNativeQuery("insert into cluster_member (cluster_id, member_id) values (?, ?)")
                .setParameter(1, partner.getId()).setParameter(2, memberOfPartner.getId()).executeUpdate();
        throughCluster = new Viewer(person(memberOfPartner).getId(), false);
        unrelated = new Viewer(person(elsewhere).getId(), false);
        admin = new Viewer(person(other).getId(), true);
        for (int i = 0; i < PEOPLE; i++) {
            crowd.add(new Viewer(person(i % 2 == 0 ? partner : memberOfPartner).getId(), false));
        }
        transaction.commit();
    }

    @Test
    void manyPeopleAtOnceNeverOverbookAndWaitInTheirOrderOfArrival() throws Exception {
        Event event = published(form(SEATS));
        CountDownLatch start = new CountDownLatch(1);
        Map<Long, RegistrationState> answered = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(PEOPLE, threadFactory);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (Viewer person : crowd) {
                results.add(threads.submit(() -> {
                    start.await();
                    // Each person in a transaction of their own, as each request of the portal is.
                    transaction.begin();
                    Registration registration = desk.register(person, event.getId(), List.of("yes"));
                    transaction.commit();
                    answered.put(person.personId(), registration.getState());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(120, TimeUnit.SECONDS); // throws if any caller got an exception
            }
        }
        finally {
            threads.shutdownNow();
        }

        List<Registration> registrations = participants.registrations(coordinator, event.getId());
        assertThat(registrations).hasSize(PEOPLE);
        assertThat(registrations).filteredOn(r -> r.getState() == RegistrationState.CONFIRMED).hasSize(SEATS);
        assertThat(registrations).filteredOn(r -> r.getState() == RegistrationState.WAITLISTED).hasSize(PEOPLE - SEATS);
        assertThat(registrations.stream().map(Registration::getArrival).sorted().toList())
                .as("one arrival number each, without gaps").isEqualTo(java.util.stream.LongStream.rangeClosed(1, PEOPLE).boxed().toList());
        // The first ten to arrive hold the seats; everybody was told the state that was stored.
        assertThat(registrations).filteredOn(r -> r.getState() == RegistrationState.CONFIRMED)
                .extracting(Registration::getArrival).allMatch(arrival -> arrival <= SEATS);
        for (Registration registration : registrations) {
            assertThat(answered.get(registration.getPerson().getId())).isEqualTo(registration.getState());
        }

        // A confirmed person cancels: exactly the first waiting (arrival 11) moves up, nobody else.
        Registration leaving = registrations.stream().filter(r -> r.getState() == RegistrationState.CONFIRMED).findFirst().orElseThrow();
        desk.cancelRegistration(new Viewer(leaving.getPerson().getId(), false), event.getId());
        List<Registration> after = participants.registrations(coordinator, event.getId());
        assertThat(after).filteredOn(r -> r.getState() == RegistrationState.CONFIRMED).hasSize(SEATS)
                .extracting(Registration::getArrival).contains((long) SEATS + 1);
        assertThat(after).filteredOn(r -> r.getState() == RegistrationState.WAITLISTED).hasSize(PEOPLE - SEATS - 1)
                .extracting(Registration::getArrival).allMatch(arrival -> arrival > SEATS + 1);
        Long promoted = after.stream().filter(r -> r.getArrival() == SEATS + 1).findFirst().orElseThrow().getPerson().getId();
        assertThat(noticeRecorder.about(event.getId())).filteredOn(notice -> notice.kind() == NoticeKind.REGISTRATION_PROMOTED)
                .singleElement().extracting(Notice::recipients).isEqualTo(Set.of(promoted));
        assertThat(noticeRecorder.about(event.getId())).filteredOn(notice -> notice.kind() == NoticeKind.REGISTRATION_WAITLISTED)
                .hasSize(PEOPLE - SEATS);

        // The capacity cannot go below the confirmed count, and says why.
        EventForm smaller = EventForm.of(eventService.find(coordinator, event.getId()).orElseThrow());
        smaller.setCapacity(SEATS - 1);
        assertThatThrownBy(() -> planner.update(coordinator, event.getId(), smaller)).isInstanceOf(BusinessException.class)
                .hasMessage("event.capacity.belowConfirmed")
                .satisfies(refusal -> assertThat(((BusinessException) refusal).getArguments()).containsExactly((long) SEATS));
        // A larger one confirms the next in line.
        EventForm larger = EventForm.of(eventService.find(coordinator, event.getId()).orElseThrow());
        larger.setCapacity(SEATS + 2);
        planner.update(coordinator, event.getId(), larger);
        assertThat(participants.registrations(coordinator, event.getId())).filteredOn(r -> r.getState() == RegistrationState.CONFIRMED)
                .extracting(Registration::getArrival).contains((long) SEATS + 2, (long) SEATS + 3).hasSize(SEATS + 2);
    }

    @Test
    void aDoubleClickRegistersOnce() throws Exception {
        Event event = published(form(2));
        Viewer person = crowd.get(0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4, threadFactory);
        try {
            List<Future<Registration>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(threads.submit(() -> {
                    start.await();
                    return desk.register(person, event.getId(), List.of("no"));
                }));
            }
            start.countDown();
            for (Future<Registration> click : clicks) {
                assertThat(click.get(60, TimeUnit.SECONDS).getState()).isEqualTo(RegistrationState.CONFIRMED);
            }
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(participants.registrations(coordinator, event.getId())).hasSize(1);
        assertThat(desk.register(person, event.getId(), List.of("no")).getArrival()).isEqualTo(1);
    }

    @Test
    void registrationClosesAtTheDeadlineAndWhenCancelled() {
        EventForm late = form(5);
        late.setRegistrationCloses(LocalDateTime.now(ZoneId.of("Europe/Warsaw")).minusHours(1));
        Event closed = published(late);
        assertThatThrownBy(() -> desk.register(participant, closed.getId(), List.of("yes")))
                .isInstanceOf(BusinessException.class).hasMessage("event.registration.closed");

        Event event = published(form(5));
        desk.register(participant, event.getId(), List.of("yes"));
        planner.cancel(coordinator, event.getId());
        assertThatThrownBy(() -> desk.register(throughCluster, event.getId(), List.of("yes")))
                .isInstanceOf(BusinessException.class).hasMessage("event.registration.cancelled");
        assertThat(noticeRecorder.about(event.getId())).filteredOn(notice -> notice.kind() == NoticeKind.EVENT_CANCELLED)
                .singleElement().extracting(Notice::recipients).isEqualTo(Set.of(participant.personId()));
        assertThat(eventService.find(participant, event.getId()).orElseThrow().getSequence()).isGreaterThan(0);
    }

    @Test
    void withApprovalTheOrganiserDecides() {
        EventForm form = form(1);
        form.setNeedsApproval(true);
        Event event = published(form);
        Registration first = desk.register(participant, event.getId(), List.of("yes"));
        Registration second = desk.register(throughCluster, event.getId(), List.of("no"));
        assertThat(first.getState()).isEqualTo(RegistrationState.PENDING);
        assertThat(participants.awaitingApproval(coordinator, 50)).extracting(Registration::getId).contains(first.getId(), second.getId());
        assertThat(participants.awaitingApproval(participant, 50)).isEmpty();

        assertThat(participants.approve(coordinator, first.getId()).getState()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(participants.approve(coordinator, second.getId()).getState()).isEqualTo(RegistrationState.WAITLISTED);
        assertThatThrownBy(() -> participants.approve(participant, second.getId())).isInstanceOf(AccessDeniedException.class);
        participants.decline(coordinator, first.getId());
        assertThat(desk.findRegistration(throughCluster, event.getId()).orElseThrow().getState()).isEqualTo(RegistrationState.CONFIRMED);
        assertThatThrownBy(() -> desk.register(participant, event.getId(), List.of("yes"))).hasMessage("event.registration.wasDeclined");
    }

    @Test
    void anAgreementEventIsSeenByItsParticipantsAndItsLinkOnlyByThoseWithASeat() {
        EventForm draftForm = form(5);
        Event draft = planner.create(coordinator, draftForm);
        for (Viewer viewer : new Viewer[] { coordinator, admin }) {
            assertThat(eventService.find(viewer, draft.getId())).as("draft for %s", viewer).isPresent();
        }
        for (Viewer viewer : new Viewer[] { participant, throughCluster, unrelated, Viewer.VISITOR }) {
            assertThat(eventService.find(viewer, draft.getId())).as("draft for %s", viewer).isEmpty();
        }
        planner.publish(coordinator, draft.getId());
        EventFilter byWord = new EventFilter();
        byWord.setWords(draftForm.getTitle());
        ZoneId zone = ZoneId.of("Europe/Warsaw");
        for (Viewer viewer : new Viewer[] { coordinator, participant, throughCluster, admin }) {
            assertThat(eventService.find(viewer, draft.getId())).as("find for %s", viewer).isPresent();
            assertThat(eventService.list(viewer, byWord, zone, 0, 10)).as("list for %s", viewer).extracting(Event::getId).containsExactly(draft.getId());
            assertThat(eventService.visibleAmong(viewer, Set.of(draft.getId(), -5L))).as("among for %s", viewer).containsExactly(draft.getId());
        }
        for (Viewer viewer : new Viewer[] { unrelated, Viewer.VISITOR }) {
            assertThat(eventService.find(viewer, draft.getId())).as("find for %s", viewer).isEmpty();
            assertThat(eventService.count(viewer, byWord, zone)).as("count for %s", viewer).isZero();
            assertThat(eventService.visibleAmong(viewer, Set.of(draft.getId()))).as("among for %s", viewer).isEmpty();
            assertThat(eventService.between(viewer, Instant.now(), Instant.now().plusSeconds(90L * 24 * 3600)))
                    .extracting(Event::getId).doesNotContain(draft.getId());
        }
        assertThatThrownBy(() -> desk.register(unrelated, draft.getId(), List.of("yes"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planner.update(participant, draft.getId(), EventForm.of(draft))).isInstanceOf(AccessDeniedException.class);

        Event event = eventService.find(participant, draft.getId()).orElseThrow();
        assertThat(eventService.onlineLinkFor(participant, event)).isNull();
        assertThat(eventService.onlineLinkFor(coordinator, event)).isEqualTo("https://meet.example.org/okip");
        desk.register(participant, event.getId(), List.of("yes"));
        assertThat(eventService.onlineLinkFor(participant, event)).isEqualTo("https://meet.example.org/okip");
        assertThat(eventService.onlineLinkFor(throughCluster, event)).isNull();
        assertThat(eventService.between(throughCluster, event.getStartsAt().minusSeconds(1), event.getStartsAt().plusSeconds(1)))
                .extracting(Event::getId).contains(event.getId());

        EventFilter withSeats = new EventFilter();
        withSeats.setWords(draftForm.getTitle());
        withSeats.setOnlyWithSeats(true);
        withSeats.setType(EventType.TRAINING);
        withSeats.setAgreementId(agreement.getId());
        withSeats.setLanguage("pl");
        assertThat(eventService.count(participant, withSeats, zone)).isEqualTo(1);
        withSeats.setLanguage("en");
        assertThat(eventService.count(participant, withSeats, zone)).isZero();
    }

    @Test
    void badInputIsRefusedAndAStaleFormToo() {
        EventForm zone = form(5);
        zone.setZone("Mars/Olympus_Mons");
        assertThatThrownBy(() -> planner.create(coordinator, zone)).hasMessage("event.zone.unknown");
        EventForm link = form(5);
        link.setOnlineLink("javascript:alert(1)");
        assertThatThrownBy(() -> planner.create(coordinator, link)).hasMessage("event.onlineLink.invalid");
        EventForm order = form(5);
        order.setEndsAt(order.getStartsAt().minusHours(1));
        assertThatThrownBy(() -> planner.create(coordinator, order)).hasMessage("event.endsAt.beforeStart");
        EventForm foreign = form(5);
        assertThatThrownBy(() -> planner.create(participant, foreign)).isInstanceOf(AccessDeniedException.class);

        EventForm script = form(5);
        script.setDescription("<p>Hello <script>alert(1)</script><b>all</b></p>");
        Event event = planner.create(coordinator, script);
        assertThat(event.getDescription()).doesNotContain("script").contains("<b>all</b>");

        EventForm first = EventForm.of(event);
        EventForm second = EventForm.of(event);
        first.setTitle(first.getTitle() + " changed");
        planner.update(coordinator, event.getId(), first);
        assertThatThrownBy(() -> planner.update(admin, event.getId(), second)).hasMessage("form.changedMeanwhile");
    }

    @Test
    void theIcsFileParsesHoldsTheTimesInUtcAndFollowsChanges() throws Exception {
        EventForm form = form(5);
        // The day summer time starts in Poland: 10:00 in Warsaw is 08:00 UTC.
        form.setStartsAt(LocalDateTime.of(2027, 3, 28, 10, 0));
        form.setEndsAt(LocalDateTime.of(2027, 3, 28, 12, 30));
        form.setRegistrationCloses(LocalDateTime.of(2027, 3, 27, 12, 0));
        Event event = published(form);
        net.fortuna.ical4j.model.component.VEvent first = parsed(event);
        assertThat(first.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270328T080000Z");
        assertThat(first.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20270328T103000Z");
        assertThat(first.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(first.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Jastrzębie-Zdrój, ul. Pszczyńska 1");
        String uid = first.getProperty("UID").orElseThrow().getValue();
        int sequence = Integer.parseInt(first.getProperty("SEQUENCE").orElseThrow().getValue());

        EventForm later = EventForm.of(eventService.find(coordinator, event.getId()).orElseThrow());
        later.setStartsAt(LocalDateTime.of(2027, 3, 28, 11, 0));
        planner.update(coordinator, event.getId(), later);
        net.fortuna.ical4j.model.component.VEvent moved = parsed(eventService.find(coordinator, event.getId()).orElseThrow());
        assertThat(moved.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
        assertThat(Integer.parseInt(moved.getProperty("SEQUENCE").orElseThrow().getValue())).isGreaterThan(sequence);
        assertThat(moved.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270328T090000Z");

        planner.cancel(coordinator, event.getId());
        net.fortuna.ical4j.model.component.VEvent cancelled = parsed(eventService.find(coordinator, event.getId()).orElseThrow());
        assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()))
                .isGreaterThan(Integer.parseInt(moved.getProperty("SEQUENCE").orElseThrow().getValue()));
    }

    @Test
    void theDayBeforeThoseWithASeatAreReminded() {
        EventForm tomorrow = form(1);
        tomorrow.setStartsAt(LocalDateTime.now(ZoneId.of("Europe/Warsaw")).plusHours(24).withNano(0));
        tomorrow.setEndsAt(tomorrow.getStartsAt().plusHours(2));
        Event event = published(tomorrow);
        desk.register(participant, event.getId(), List.of("yes"));
        desk.register(throughCluster, event.getId(), List.of("no"));

        int emailsBefore = Deliveries.emailsTo(entityManager, participant.personId(), event.getTitle()).size();

        reminders.remindOfTomorrow(Instant.now());
        assertThat(noticeRecorder.about(event.getId())).filteredOn(notice -> notice.kind() == NoticeKind.EVENT_REMINDER)
                .singleElement().extracting(Notice::recipients).isEqualTo(Set.of(participant.personId()));
        // A second node running the same timer sends nothing more; nor does the next day's run.
        reminders.remindOfTomorrow(Instant.now());
        reminders.remindOfTomorrow(Instant.now().plusSeconds(24 * 3600));
        assertThat(noticeRecorder.about(event.getId())).filteredOn(notice -> notice.kind() == NoticeKind.EVENT_REMINDER).hasSize(1);

        // What the person finds: one reminder in the bell and one e-mail (reminders go out at once by default).
        assertThat(Deliveries.notifications(entityManager, SubjectType.EVENT, event.getId(), NoticeKind.EVENT_REMINDER))
                .extracting(notification -> notification.getRecipient().getId()).containsExactly(participant.personId());
        List<OutboxMessage> emails = Deliveries.emailsTo(entityManager, participant.personId(), event.getTitle());
        assertThat(emails).hasSize(emailsBefore + 1);
        assertThat(emails.get(emails.size() - 1).getToAddress())
                .isEqualTo(entityManager.find(Person.class, participant.personId()).getEmail());
    }

    @Test
    void theDemoSeminarOfTomorrowIsRemindedOnceToThoseWithASeat() {
        // V18_1: a seminar starting tomorrow at 10:00 where `member` (3) and `member2` (4) have a seat. Run as the
        // job runs the day before (whatever the hour this test runs), twice: as a second node would.
        Event seminar = entityManager.find(Event.class, 181L);
        Instant dayBefore = seminar.getStartsAt().minus(Duration.ofHours(24));
        reminders.remindOfTomorrow(dayBefore);
        reminders.remindOfTomorrow(dayBefore);

        List<Notification> bell = Deliveries.notifications(entityManager, SubjectType.EVENT, 181, NoticeKind.EVENT_REMINDER);
        assertThat(bell).extracting(notification -> notification.getRecipient().getId()).containsExactlyInAnyOrder(3L, 4L);
        assertThat(Deliveries.emailsTo(entityManager, 3, seminar.getTitle())).singleElement()
                .extracting(OutboxMessage::getToAddress).isEqualTo("anna.wisniewska@jki.example.org");
    }

    @Test
    void thePersonalFeedListsMyEventsUntilItsAddressIsRenewed() {
        Event event = published(form(5));
        desk.register(participant, event.getId(), List.of("yes"));
        String token = feeds.calendarToken(participant);
        assertThat(feeds.calendarToken(participant)).isEqualTo(token).hasSize(64);
        assertThat(feeds.feedOf(token)).extracting(r -> r.getEvent().getId()).contains(event.getId());
        String renewed = feeds.renewCalendarToken(participant);
        assertThat(renewed).isNotEqualTo(token);
        assertThat(feeds.feedOf(token)).isEmpty();
        assertThat(feeds.isCalendarToken(token)).isFalse();
        assertThat(feeds.feedOf(renewed)).extracting(r -> r.getEvent().getId()).contains(event.getId());
    }

    @Test
    void thePersonalFeedSaysTentativeWhileARegistrationWaitsAndCancelledWithAHigherSequenceOnceWithdrawn() throws Exception {
        EventForm form = form(1);
        form.setNeedsApproval(true);
        Event event = published(form);
        Registration mine = desk.register(participant, event.getId(), List.of("yes"));
        Registration theirs = desk.register(throughCluster, event.getId(), List.of("no"));
        String token = feeds.calendarToken(participant);

        net.fortuna.ical4j.model.component.VEvent pending = personal(token, event);
        assertThat(pending.getProperty("STATUS").orElseThrow().getValue()).as("waiting for approval").isEqualTo("TENTATIVE");

        participants.approve(coordinator, mine.getId());
        participants.approve(coordinator, theirs.getId());
        net.fortuna.ical4j.model.component.VEvent confirmed = personal(token, event);
        assertThat(confirmed.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(sequence(confirmed)).isGreaterThan(sequence(pending));
        assertThat(personal(feeds.calendarToken(throughCluster), event).getProperty("STATUS").orElseThrow().getValue())
                .as("on the waiting list").isEqualTo("TENTATIVE");

        desk.cancelRegistration(participant, event.getId());
        net.fortuna.ical4j.model.component.VEvent withdrawn = personal(token, event);
        assertThat(withdrawn.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(sequence(withdrawn)).as("calendars take the cancellation").isGreaterThan(sequence(confirmed));
    }

    /** The event's entry in the personal feed of the token, as CalendarFeedServlet writes it. */
    private net.fortuna.ical4j.model.component.VEvent personal(String token, Event event) throws Exception {
        Registration registration = feeds.feedOf(token).stream().filter(r -> r.getEvent().getId().equals(event.getId()))
                .findFirst().orElseThrow();
        return parsed(EventCalendar.Entry.of(registration));
    }

    private static int sequence(net.fortuna.ical4j.model.component.VEvent vevent) {
        return Integer.parseInt(vevent.getProperty("SEQUENCE").orElseThrow().getValue());
    }

    private static net.fortuna.ical4j.model.component.VEvent parsed(Event event) throws Exception {
        return parsed(new EventCalendar.Entry(event, null));
    }

    private static net.fortuna.ical4j.model.component.VEvent parsed(EventCalendar.Entry entry) throws Exception {
        String text = EventCalendar.write(List.of(entry), "Test");
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(text));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private Event published(EventForm form) {
        Event event = planner.create(coordinator, form);
        return planner.publish(coordinator, event.getId());
    }

    private EventForm form(int capacity) {
        EventForm form = new EventForm();
        form.setType(EventType.TRAINING);
        form.setTitle("Laser cladding " + UUID.randomUUID());
        form.setStartsAt(LocalDateTime.now().plusDays(10).withNano(0));
        form.setEndsAt(form.getStartsAt().plusHours(4));
        form.setZone("Europe/Warsaw");
        form.setPlace("Jastrzębie-Zdrój, ul. Pszczyńska 1");
        form.setOnlineLink("https://meet.example.org/okip");
        form.setLanguage("pl");
        form.setOrganiserId(signatory.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        form.setCapacity(capacity);
        form.setQuestions(List.of(EventForm.QuestionForm.of(QuestionKind.YES_NO, "Certificate?", null)));
        return form;
    }

    private Organisation organisation(String name) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Person person(Organisation organisation) {
        String name = "p" + UUID.randomUUID();
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), name, "Test", "Person", name + "@test.example.org", null),
                Instant.now());
        entityManager.persist(person);
        entityManager.persist(new Membership(person, organisation));
        return person;
    }
}

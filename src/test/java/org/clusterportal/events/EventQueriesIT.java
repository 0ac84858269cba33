package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Reach;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.people.Person;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the events' lists cost in SQL statements: the same whether they show two rows or eight, reading what their
 * pages read of each row (the organiser's name, the seats left, the person and the answers of a registration);
 * and a calendar feed in one statement.
 * A statement per row would show here as a count that grows with the rows.
 */
@ExtendWith(ArquillianExtension.class)
class EventQueriesIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

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

    @PersistenceUnit
    private EntityManagerFactory entityManagerFactory;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private final StatementCounter statements = new StatementCounter();
    private Agreement agreement;
    private final List<Organisation> signatories = new ArrayList<>();
    private Viewer coordinator;
    private final List<Viewer> people = new ArrayList<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        agreement = new Agreement("Queries agreement " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        for (int i = 0; i < 8; i++) {
            Organisation organisation = new Organisation("Organiser " + i + " " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Gliwice");
            entityManager.persist(organisation);
            agreement.addSignatory(organisation, null);
            signatories.add(organisation);
        }
        Person coordinatorPerson = person(signatories.get(0));
        agreement.nameCoordinator(coordinatorPerson);
        entityManager.persist(agreement);
        coordinator = new Viewer(coordinatorPerson.getId(), false);
        for (int i = 0; i < 8; i++) {
            people.add(new Viewer(person(signatories.get(i)).getId(), false));
        }
        transaction.commit();
        entityManagerFactory.unwrap(ServerSession.class).getEventManager().addListener(statements);
    }

    @AfterEach
    void stopCounting() {
        entityManagerFactory.unwrap(ServerSession.class).getEventManager().removeListener(statements);
    }

    @Test
    void theListOfEventsCostsTheSameForTwoRowsAsForEight() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        EventFilter filter = new EventFilter();
        filter.setWords(word);
        for (int i = 0; i < 2; i++) {
            published(word, i, false);
        }
        listPage(filter);
        int two = statements.during(() -> assertThat(listPage(filter)).isEqualTo(2));
        for (int i = 2; i < 8; i++) {
            published(word, i, false);
        }
        int eight = statements.during(() -> assertThat(listPage(filter)).isEqualTo(8));
        assertThat(eight).as("statements for eight rows, as for two (%s)", statements.last()).isEqualTo(two);
    }

    @Test
    void theRegistrationsOfAnEventCostTheSameForTwoRowsAsForEight() {
        Event event = published("registrations", 0, false);
        for (int i = 0; i < 2; i++) {
            desk.register(people.get(i), event.getId(), List.of("yes"));
        }
        registrationsPage(event.getId());
        int two = statements.during(() -> assertThat(registrationsPage(event.getId())).isEqualTo(2));
        for (int i = 2; i < 8; i++) {
            desk.register(people.get(i), event.getId(), List.of("no"));
        }
        int eight = statements.during(() -> assertThat(registrationsPage(event.getId())).isEqualTo(8));
        assertThat(eight).as("statements for eight rows, as for two (%s)", statements.last()).isEqualTo(two);
    }

    @Test
    void theHomePanelsCostTheSameForTwoRowsAsForFive() {
        Viewer person = people.get(1);
        for (int i = 0; i < 2; i++) {
            desk.register(person, published("next", i, true).getId(), List.of("yes"));
        }
        panels(person);
        int two = statements.during(() -> assertThat(panels(person)).isEqualTo(4));
        for (int i = 2; i < 5; i++) {
            desk.register(person, published("next", i, true).getId(), List.of("yes"));
        }
        int five = statements.during(() -> assertThat(panels(person)).isEqualTo(10));
        assertThat(five).as("statements for five rows, as for two (%s)", statements.last()).isEqualTo(two);
    }

    @Test
    void eachCalendarFeedIsOneStatementHoweverManyEventsItLists() {
        Viewer person = people.get(2);
        for (int i = 0; i < 4; i++) {
            Event event = published("feed", i, false);
            desk.register(person, event.getId(), List.of("yes"));
        }
        EventForm open = form("feed public", 5, false);
        open.setReach(Reach.PUBLIC);
        planner.publish(coordinator, planner.create(coordinator, open).getId());
        String token = feeds.calendarToken(person);
        assertThat(statements.during(() -> assertThat(feeds.feedOf(token)).hasSize(4)
                .allSatisfy(registration -> assertThat(registration.getEvent().getTitle()).contains("feed")))).isEqualTo(1);
        assertThat(statements.during(() -> assertThat(feeds.publicEvents(Instant.now(), 500)).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getTitle()).isNotBlank()))).isEqualTo(1);
    }

    /** What events/index.xhtml does for one page: count, list, the seats of the page, and what each row shows. */
    private int listPage(EventFilter filter) {
        eventService.count(coordinator, filter, ZONE);
        List<Event> page = eventService.list(coordinator, filter, ZONE, 0, 25);
        Map<Long, Long> confirmed = desk.confirmedCounts(page.stream().map(Event::getId).toList());
        for (Event event : page) {
            assertThat(List.of(event.getTitle(), event.getType().name(), event.getOrganiser().getName(), event.getPlace())).doesNotContainNull();
            event.seatsLeft(confirmed.getOrDefault(event.getId(), 0L));
            event.statusAt(Instant.now());
        }
        return page.size();
    }

    /** What events/registrations.xhtml does for one page of its table. */
    private int registrationsPage(Long eventId) {
        participants.count(coordinator, eventId);
        List<Registration> page = participants.page(coordinator, eventId, 0, 50);
        for (Registration registration : page) {
            assertThat(registration.getPerson().getDisplayName()).isNotBlank();
            assertThat(registration.getAnswers()).hasSize(1);
            registration.getState();
            registration.getArrival();
        }
        return page.size();
    }

    /** What the home page's panels show: the person's next events, the coordinator's approvals to give. */
    private int panels(Viewer person) {
        int rows = 0;
        for (Registration mine : desk.myNextEvents(person, 5)) {
            assertThat(List.of(mine.getEvent().getTitle(), mine.getEvent().getStartsAt(), mine.getState())).doesNotContainNull();
            rows++;
        }
        for (Registration waiting : participants.awaitingApproval(coordinator, 10)) {
            if (waiting.getPerson().getId().equals(person.personId())) {
                assertThat(List.of(waiting.getPerson().getDisplayName(), waiting.getEvent().getTitle())).doesNotContainNull();
                rows++;
            }
        }
        return rows;
    }

    /** A published event of the agreement organised by signatory {@code organiser}, with one yes/no question. */
    private Event published(String word, int organiser, boolean needsApproval) {
        return planner.publish(coordinator, planner.create(coordinator, form(word, organiser, needsApproval)).getId());
    }

    private EventForm form(String word, int organiser, boolean needsApproval) {
        EventForm form = new EventForm();
        form.setType(EventType.WORKSHOP);
        form.setTitle("Queries " + word + " " + UUID.randomUUID());
        form.setStartsAt(LocalDateTime.now().plusDays(10 + organiser).withNano(0));
        form.setEndsAt(form.getStartsAt().plusHours(3));
        form.setZone(ZONE.getId());
        form.setPlace("Gliwice, ul. Konarskiego 18");
        form.setLanguage("pl");
        form.setOrganiserId(signatories.get(organiser).getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        form.setCapacity(20);
        form.setNeedsApproval(needsApproval);
        form.setQuestions(List.of(EventForm.QuestionForm.of(QuestionKind.YES_NO, "Certificate?", null)));
        return form;
    }

    private Person person(Organisation organisation) {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "q" + UUID.randomUUID(), "Query", "Person", null, null),
                Instant.now());
        entityManager.persist(person);
        entityManager.persist(new Membership(person, organisation));
        return person;
    }

    /** Counts the SQL statements this test's thread sends, whichever session sends them. */
    static final class StatementCounter extends SessionEventAdapter {

        private volatile Thread counted;
        private final List<String> calls = new CopyOnWriteArrayList<>();

        int during(Runnable work) {
            calls.clear();
            counted = Thread.currentThread();
            try {
                work.run();
            }
            finally {
                counted = null;
            }
            return calls.size();
        }

        List<String> last() {
            return List.copyOf(calls);
        }

        @Override
        public void preExecuteCall(SessionEvent event) {
            if (Thread.currentThread() == counted) {
                calls.add(String.valueOf(event.getCall()));
            }
        }
    }
}

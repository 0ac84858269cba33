package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clusterportal.agreements.Reach;
import org.clusterportal.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The registration rules of an event, without a database: who is admitted how, who waits, who moves up. */
class EventTest {

    private static final Instant START = Instant.parse("2027-03-10T09:00:00Z");
    private static final Instant NOW = START.minus(Duration.ofDays(5));

    @Test
    void seatsAreConfirmedUntilFullThenPeopleWait() {
        Event event = published(2, false);
        assertThat(event.admit(0, NOW)).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(event.admit(1, NOW)).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(event.admit(2, NOW)).isEqualTo(RegistrationState.WAITLISTED);
        assertThat(event.seatsLeft(2)).isZero();
        assertThat(event.seatsLeft(1)).isEqualTo(1);
    }

    @Test
    void withoutCapacityEverybodyIsConfirmed() {
        Event event = published(null, false);
        assertThat(event.admit(100_000, NOW)).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(event.seatsLeft(5)).isNull();
    }

    @Test
    void withApprovalEverybodyIsPendingFirst() {
        assertThat(published(2, true).admit(0, NOW)).isEqualTo(RegistrationState.PENDING);
    }

    @Test
    void registrationIsRefusedOutsideItsWindowAndForDraftsAndCancelledEvents() {
        Event event = published(2, false);
        assertThatThrownBy(() -> event.admit(0, START.minusSeconds(1).plusSeconds(2))).isInstanceOf(BusinessException.class)
                .hasMessage("event.registration.closed");
        Event notYet = event(2, false, NOW.plus(Duration.ofDays(1)));
        notYet.publish();
        assertThatThrownBy(() -> notYet.admit(0, NOW)).hasMessage("event.registration.notYet");
        Event draft = event(2, false, null);
        assertThatThrownBy(() -> draft.admit(0, NOW)).hasMessage("event.registration.notOpen");
        Event cancelled = published(2, false);
        cancelled.cancel();
        assertThatThrownBy(() -> cancelled.admit(0, NOW)).hasMessage("event.registration.cancelled");
        assertThat(cancelled.isRegistrationOpenAt(NOW)).isFalse();
        assertThat(event.isRegistrationOpenAt(NOW)).isTrue();
    }

    @Test
    void theFirstToArriveIsTheFirstPromotedAndOnlyAsManyAsSeatsAreFree() {
        Event event = published(3, false);
        Registration late = registration(event, RegistrationState.WAITLISTED, 9);
        Registration first = registration(event, RegistrationState.WAITLISTED, 4);
        Registration second = registration(event, RegistrationState.WAITLISTED, 7);
        Registration pending = registration(event, RegistrationState.PENDING, 1);
        List<Registration> waiting = List.of(late, pending, second, first);

        assertThat(event.toPromote(2, waiting)).containsExactly(first);
        assertThat(event.toPromote(1, waiting)).containsExactly(first, second);
        assertThat(event.toPromote(3, waiting)).isEmpty();
        assertThat(published(null, false).toPromote(50, waiting)).containsExactly(first, second, late);
    }

    @Test
    void aCancelledSeatIsFreedAndADeclinedPersonCannotComeBack() {
        Event event = published(1, false);
        Registration confirmed = registration(event, RegistrationState.CONFIRMED, 1);
        assertThat(confirmed.cancel()).isTrue();
        assertThat(confirmed.getState()).isEqualTo(RegistrationState.CANCELLED);
        assertThatThrownBy(confirmed::cancel).hasMessage("event.registration.notActive");
        confirmed.renew(RegistrationState.WAITLISTED, 5, List.of());
        assertThat(confirmed.getArrival()).isEqualTo(5);

        Registration waiting = registration(event, RegistrationState.WAITLISTED, 2);
        assertThat(waiting.decline()).isFalse();
        assertThatThrownBy(() -> waiting.renew(RegistrationState.CONFIRMED, 6, List.of())).hasMessage("event.registration.wasDeclined");
    }

    @Test
    void answersMustFitTheirQuestions() {
        List<Question> questions = List.of(new Question(QuestionKind.TEXT, "Diet?", null),
                new Question(QuestionKind.CHOICE, "Workshop", "Welding\nLasers"),
                new Question(QuestionKind.YES_NO, "Certificate?", null));
        assertThat(Registration.checkedAnswers(questions, List.of(" vegan ", "Lasers", "yes"))).containsExactly("vegan", "Lasers", "yes");
        assertThatThrownBy(() -> Registration.checkedAnswers(questions, List.of("vegan", "Painting", "yes")))
                .isInstanceOf(BusinessException.class).hasMessage("event.answer.required")
                .satisfies(refusal -> assertThat(((BusinessException) refusal).getField()).contains("answer1"));
        assertThatThrownBy(() -> Registration.checkedAnswers(questions, List.of("vegan", "Lasers")))
                .hasMessage("event.answer.required");
        assertThatThrownBy(() -> Registration.checkedAnswers(questions, List.of("x".repeat(1001), "Lasers", "no")))
                .hasMessage("event.answer.tooLong");
    }

    @Test
    void badInputIsRefusedByItsField() {
        assertRefused(event -> describe(event, START, START, "https://meet.example.org/x", 5, List.of(), 0), "endsAt", "event.endsAt.beforeStart");
        assertRefused(event -> describe(event, START, START.plusSeconds(3600), "javascript:alert(1)", 5, List.of(), 0),
                "onlineLink", "event.onlineLink.invalid");
        assertRefused(event -> describe(event, START, START.plusSeconds(3600), "ftp://files.example.org", 5, List.of(), 0),
                "onlineLink", "event.onlineLink.invalid");
        assertRefused(event -> describe(event, START, START.plusSeconds(3600), "https://meet.example.org", 2, List.of(), 3),
                "capacity", "event.capacity.belowConfirmed");
        List<Question> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new Question(QuestionKind.TEXT, "Q" + i, null));
        }
        assertRefused(event -> describe(event, START, START.plusSeconds(3600), "https://meet.example.org", 5, six, 0),
                "questions", "event.questions.tooMany");
        assertRefused(event -> describe(event, START, START.plusSeconds(3600), "https://meet.example.org", 5,
                List.of(new Question(QuestionKind.CHOICE, "One?", "only")), 0), "questions", "event.questions.choices");
        assertThatThrownBy(() -> Event.zone("Europe/Atlantis")).hasMessage("event.zone.unknown");
        assertThatThrownBy(() -> Event.zone("+02:00")).hasMessage("event.zone.unknown");
        assertThat(Event.zone("Europe/Warsaw")).isEqualTo(ZoneId.of("Europe/Warsaw"));
    }

    @Test
    void aCapacityAtTheConfirmedCountIsAccepted() {
        Event event = published(10, false);
        describe(event, START, START.plusSeconds(3600), "https://meet.example.org", 4, List.of(), 4);
        assertThat(event.getCapacity()).isEqualTo(4);
        assertThat(event.getRegistrationCloses()).isEqualTo(START);
    }

    private void assertRefused(java.util.function.Consumer<Event> change, String field, String key) {
        Event event = published(10, false);
        int sequence = event.getSequence();
        assertThatThrownBy(() -> change.accept(event)).isInstanceOf(BusinessException.class).hasMessage(key)
                .satisfies(refusal -> assertThat(((BusinessException) refusal).getField()).contains(field));
        assertThat(event.getSequence()).as("nothing changed").isEqualTo(sequence);
        assertThat(event.getCapacity()).isEqualTo(10);
    }

    private static Event published(Integer capacity, boolean approval) {
        Event event = event(capacity, approval, null);
        event.publish();
        return event;
    }

    private static Event event(Integer capacity, boolean approval, Instant opens) {
        Event event = new Event(null, null);
        event.describe(EventType.TRAINING, "Laser cladding", null, null, START, START.plus(Duration.ofHours(6)),
                ZoneId.of("Europe/Warsaw"), "Gliwice", null, "pl", Reach.PUBLIC, Set.of(), capacity, opens, null, approval,
                List.of(), 0, false);
        return event;
    }

    private static void describe(Event event, Instant start, Instant end, String link, Integer capacity, List<Question> questions, long confirmed) {
        event.describe(EventType.TRAINING, "Laser cladding", null, null, start, end, ZoneId.of("Europe/Warsaw"), null, link, "pl",
                Reach.PUBLIC, Set.of(), capacity, null, null, false, questions, confirmed, false);
    }

    private static Registration registration(Event event, RegistrationState state, long arrival) {
        return new Registration(event, null, state, arrival, List.of());
    }
}

package org.clusterportal.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * A person's registration for an event, one per person and event (a unique constraint). The arrival number
 * orders the waiting list; it is taken while the event's row is locked, so it is the order in which people
 * were admitted, on any number of portal nodes.
 */
@Entity
@Table(name = "registration")
public class Registration extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationState state;

    @Column(nullable = false)
    private long arrival;

    @Column(nullable = false)
    private boolean attended;

    @ElementCollection
    @CollectionTable(name = "registration_answer", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "idx")
    @Column(name = "answer", length = Question.ANSWER_LENGTH)
    private List<String> answers = new ArrayList<>();

    protected Registration() {
        // for JPA
    }

    Registration(Event event, Person person, RegistrationState state, long arrival, List<String> answers) {
        this.event = event;
        this.person = person;
        this.state = state;
        this.arrival = arrival;
        this.answers.addAll(answers);
    }

    /**
     * The answers, checked against the event's questions: one per question, each valid for its kind and at most
     * {@link Question#ANSWER_LENGTH} characters. Refusals name the field {@code answer<i>}.
     */
    static List<String> checkedAnswers(List<Question> questions, List<String> given) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < given.size() && given.get(i) != null ? given.get(i).strip() : "";
            if (answer.length() > Question.ANSWER_LENGTH) {
                throw BusinessException.onField("answer" + i, "event.answer.tooLong", Question.ANSWER_LENGTH);
            }
            if (!questions.get(i).accepts(answer)) {
                throw BusinessException.onField("answer" + i, "event.answer.required");
            }
            checked.add(answer);
        }
        return checked;
    }

    /** A cancelled registration registers again, at the end of the queue. */
    void renew(RegistrationState newState, long newArrival, List<String> newAnswers) {
        if (state == RegistrationState.DECLINED) {
            throw new BusinessException("event.registration.wasDeclined");
        }
        state = newState;
        arrival = newArrival;
        answers.clear();
        answers.addAll(newAnswers);
    }

    /** Frees what it held; tells whether it held a seat. */
    boolean cancel() {
        if (!state.isActive()) {
            throw new BusinessException("event.registration.notActive");
        }
        boolean heldSeat = state == RegistrationState.CONFIRMED;
        state = RegistrationState.CANCELLED;
        return heldSeat;
    }

    /** The organiser says no; tells whether it held a seat. */
    boolean decline() {
        if (!state.isActive()) {
            throw new BusinessException("event.registration.notActive");
        }
        boolean heldSeat = state == RegistrationState.CONFIRMED;
        state = RegistrationState.DECLINED;
        return heldSeat;
    }

    /** Confirmed from pending, or from the waiting list, when a seat is free (the caller checked). */
    void confirm() {
        if (state != RegistrationState.PENDING && state != RegistrationState.WAITLISTED) {
            throw new BusinessException("event.registration.notWaiting");
        }
        state = RegistrationState.CONFIRMED;
    }

    /** Approved while no seat is free, or moved back by the organiser: waits in arrival order. */
    void waitlist() {
        if (state != RegistrationState.PENDING && state != RegistrationState.CONFIRMED) {
            throw new BusinessException("event.registration.notWaiting");
        }
        state = RegistrationState.WAITLISTED;
    }

    /** Marked (or unmarked) as attended: only a confirmed registration, and only from the event's start. */
    void markAttended(boolean value, Instant now) {
        if (state != RegistrationState.CONFIRMED) {
            throw new BusinessException("event.registration.notConfirmed");
        }
        if (!event.hasStartedAt(now)) {
            throw new BusinessException("event.registration.attendanceBeforeStart");
        }
        attended = value;
    }

    /** Whether attendance can be marked at {@code now}: the page shows the button by the same rule. */
    public boolean isAttendanceOpenAt(Instant now) {
        return state == RegistrationState.CONFIRMED && event.hasStartedAt(now);
    }

    public Event getEvent() {
        return event;
    }

    public Person getPerson() {
        return person;
    }

    public RegistrationState getState() {
        return state;
    }

    public long getArrival() {
        return arrival;
    }

    public boolean isAttended() {
        return attended;
    }

    public List<String> getAnswers() {
        return List.copyOf(answers);
    }
}

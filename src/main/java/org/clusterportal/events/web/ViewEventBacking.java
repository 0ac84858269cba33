package org.clusterportal.events.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.Event;
import org.clusterportal.events.EventService;
import org.clusterportal.events.EventStatus;
import org.clusterportal.events.Registration;
import org.clusterportal.events.RegistrationState;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.security.Viewer;
import org.omnifaces.util.Faces;

/**
 * events/view.xhtml?id=…: one event with its free seats, its times in its own zone and the viewer's, the
 * registration form with the event's questions, and for its organisers publishing and cancelling it.
 */
@Named
@ViewScoped
public class ViewEventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService eventService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Event event;
    private Registration registration;
    private boolean editor;
    private long confirmed;
    private long waiting;
    private Long position;
    private String onlineLink;
    private List<String> answers = new ArrayList<>();

    public void load() throws IOException {
        Viewer viewer = currentPerson.viewer();
        Optional<Event> found = id == null ? Optional.empty() : eventService.find(viewer, id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        event = found.get();
        editor = eventService.canEdit(viewer, event);
        registration = eventService.findRegistration(viewer, id).orElse(null);
        confirmed = eventService.confirmedCount(event);
        waiting = eventService.countIn(event, RegistrationState.WAITLISTED);
        position = eventService.waitingPosition(viewer, id).orElse(null);
        onlineLink = eventService.onlineLinkFor(viewer, event);
        answers = new ArrayList<>();
        event.getQuestions().forEach(question -> answers.add(""));
    }

    public String register() {
        return act(() -> {
            Registration made = eventService.register(currentPerson.viewer(), id, answers);
            return "event.registered." + made.getState();
        }, "registerForm");
    }

    public String cancelRegistration() {
        return act(() -> {
            eventService.cancelRegistration(currentPerson.viewer(), id);
            return "event.registration.withdrawn";
        }, "registrationActions");
    }

    public String publish() {
        return act(() -> {
            eventService.publish(currentPerson.viewer(), id);
            return "event.published";
        }, "eventActions");
    }

    public String cancelEvent() {
        return act(() -> {
            eventService.cancel(currentPerson.viewer(), id);
            return "event.cancelledNow";
        }, "eventActions");
    }

    private String act(Supplier<String> action, String formId) {
        String message;
        try {
            message = action.get();
        }
        catch (BusinessException refusal) {
            // Answers are repeated fields without fixed ids: their refusals show at the top of the form.
            boolean answer = refusal.getField().filter(field -> field.startsWith("answer")).isPresent();
            Feedback.show(answer ? new BusinessException(refusal.getMessageKey(), refusal.getArguments()) : refusal, formId);
            return null;
        }
        Feedback.info(message);
        return "/events/view?faces-redirect=true&id=" + id;
    }

    public EventStatus getStatus() {
        return event.statusAt(Instant.now());
    }

    public Integer getSeatsLeft() {
        return event.seatsLeft(confirmed);
    }

    public boolean isRegistrationOpen() {
        return event.isRegistrationOpenAt(Instant.now());
    }

    /** Registered and not withdrawn: the person sees their state and may cancel. */
    public boolean isRegistered() {
        return registration != null && registration.getState().isActive();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Event getEvent() {
        return event;
    }

    public Registration getRegistration() {
        return registration;
    }

    public boolean isEditor() {
        return editor;
    }

    public long getConfirmed() {
        return confirmed;
    }

    public long getWaiting() {
        return waiting;
    }

    public Long getPosition() {
        return position;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public List<String> getAnswers() {
        return answers;
    }
}

package org.clusterportal.events.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.Event;
import org.clusterportal.events.EventService;
import org.clusterportal.events.Registration;
import org.clusterportal.events.RegistrationState;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.omnifaces.util.Faces;

/**
 * events/registrations.xhtml?id=…: the organiser's view of who registered — approve, decline, move between the
 * seats and the waiting list, mark attendance, write to everybody, export.
 */
@Named
@ViewScoped
public class RegistrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService eventService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Event event;
    private List<Registration> registrations = List.of();
    private long confirmed;
    private String message;

    public void load() throws IOException {
        var viewer = currentPerson.viewer();
        Optional<Event> found = id == null ? Optional.empty() : eventService.find(viewer, id).filter(e -> eventService.canEdit(viewer, e));
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        event = found.get();
        reload();
    }

    private void reload() {
        registrations = eventService.registrations(currentPerson.viewer(), id);
        confirmed = registrations.stream().filter(r -> r.getState() == RegistrationState.CONFIRMED).count();
    }

    public void approve(Long registrationId) {
        act(() -> eventService.approve(currentPerson.viewer(), registrationId), "registration.approved");
    }

    public void decline(Long registrationId) {
        act(() -> eventService.decline(currentPerson.viewer(), registrationId), "registration.declined");
    }

    public void confirm(Long registrationId) {
        act(() -> eventService.confirm(currentPerson.viewer(), registrationId), "registration.confirmedNow");
    }

    public void toWaitingList(Long registrationId) {
        act(() -> eventService.moveToWaitingList(currentPerson.viewer(), registrationId), "registration.movedToWaitingList");
    }

    public void attended(Long registrationId, boolean value) {
        act(() -> eventService.markAttended(currentPerson.viewer(), registrationId, value), "registration.attendanceSaved");
    }

    public void sendMessage() {
        try {
            int told = eventService.message(currentPerson.viewer(), id, message);
            Feedback.info("event.message.sent", told);
            message = null;
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "messageForm");
        }
    }

    private void act(Supplier<Registration> action, String key) {
        try {
            action.get();
            Feedback.info(key);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "registrationsForm");
        }
        reload();
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

    public List<Registration> getRegistrations() {
        return registrations;
    }

    public long getConfirmed() {
        return confirmed;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

package org.clusterportal.events.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.Certificate;
import org.clusterportal.events.CertificateService;
import org.clusterportal.events.Event;
import org.clusterportal.events.EventPlanner;
import org.clusterportal.events.EventService;
import org.clusterportal.events.EventStatus;
import org.clusterportal.events.Registration;
import org.clusterportal.events.RegistrationDesk;
import org.clusterportal.events.RegistrationState;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;
import org.clusterportal.platform.security.Viewer;

/**
 * events/view.xhtml?id=…: one event with its free seats, its times in its own zone and the viewer's, the
 * registration form with the event's questions, and for its organisers publishing and cancelling it.
 * <p>
 * View-scoped, as the forms' rendering (and the discussion's) depends on what was loaded; what the view keeps is
 * the id and small values. The event itself is not kept with the view: a view restored elsewhere reads it again.
 */
@Named
@ViewScoped
public class ViewEventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService eventService;

    @Inject
    private EventPlanner planner;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private CertificateService certificates;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private AuditLog auditLog;

    private Long id;
    private transient Event event;
    private RegistrationState registrationState;
    private boolean editor;
    private long confirmed;
    private long waiting;
    private Long position;
    private String onlineLink;
    private Long certificateId;
    private List<String> answers = new ArrayList<>();

    public void load() {
        Viewer viewer = currentPerson.viewer();
        event = visibleEvent();
        editor = eventService.canEdit(viewer, event);
        Optional<Registration> registration = desk.findRegistration(viewer, id);
        registrationState = registration.map(Registration::getState).orElse(null);
        position = registration.flatMap(desk::waitingPosition).orElse(null);
        confirmed = desk.countIn(event, RegistrationState.CONFIRMED);
        waiting = desk.countIn(event, RegistrationState.WAITLISTED);
        onlineLink = eventService.onlineLinkFor(viewer, event);
        certificateId = certificates.mine(viewer, id).map(Certificate::getId).orElse(null);
        answers = new ArrayList<>();
        event.getQuestions().forEach(question -> answers.add(""));
    }

    public String register() {
        return act(() -> "event.registered." + desk.register(currentPerson.viewer(), id, answers).getState(), "registerForm");
    }

    public String cancelRegistration() {
        return act(() -> {
            desk.cancelRegistration(currentPerson.viewer(), id);
            return "event.registration.withdrawn";
        }, "registrationActions");
    }

    public String publish() {
        return act(() -> {
            planner.publish(currentPerson.viewer(), id);
            return "event.published";
        }, "eventActions");
    }

    public String cancelEvent() {
        return act(() -> {
            planner.cancel(currentPerson.viewer(), id);
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
        return getEvent().statusAt(Instant.now());
    }

    public Integer getSeatsLeft() {
        return getEvent().seatsLeft(confirmed);
    }

    public boolean isRegistrationOpen() {
        return getEvent().isRegistrationOpenAt(Instant.now());
    }

    /** Registered and not withdrawn: the person sees their state and may cancel. */
    public boolean isRegistered() {
        return registrationState != null && registrationState.isActive();
    }

    public Long getId() {
        return id;
    }

    /** The view's {@link ViewId}: a postback naming another event is refused here, before any action runs. */
    public void setId(Long id) {
        Long shown = this.id;
        this.id = ViewId.keep(shown, id, () -> auditLog.refusal(currentPerson.viewer(),
                "Event " + id + " posted from the page of event " + shown));
    }

    /** The event loaded for this view, read again when the view was restored without it. */
    public Event getEvent() {
        if (event == null && id != null) {
            event = visibleEvent();
        }
        return event;
    }

    private Event visibleEvent() {
        Viewer viewer = currentPerson.viewer();
        return NotFoundException.unless(id, eventId -> eventService.find(viewer, eventId));
    }

    public RegistrationState getRegistrationState() {
        return registrationState;
    }

    public boolean isEditor() {
        return editor;
    }

    public long getWaiting() {
        return waiting;
    }

    public Long getPosition() {
        return position;
    }

    /** The viewer's own certificate of attendance for this event, or {@code null}. */
    public Long getCertificateId() {
        return certificateId;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public List<String> getAnswers() {
        return answers;
    }
}

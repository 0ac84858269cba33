package org.clusterportal.events.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.Certificate;
import org.clusterportal.events.CertificateService;
import org.clusterportal.events.Event;
import org.clusterportal.events.EventPlanner;
import org.clusterportal.events.EventService;
import org.clusterportal.events.ParticipantList;
import org.clusterportal.events.Registration;
import org.clusterportal.events.RegistrationDesk;
import org.clusterportal.events.RegistrationState;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;

/**
 * events/registrations.xhtml?id=…: the organiser's view of who registered — approve, decline, move between the
 * seats and the waiting list, mark attendance, write to everybody, export. View-scoped for the ajax table, which
 * is paged in the database; the event itself is not kept with the view (read again when restored elsewhere).
 */
@Named
@ViewScoped
public class RegistrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService eventService;

    @Inject
    private ParticipantList participants;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private EventPlanner planner;

    @Inject
    private CertificateService certificateService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private AuditLog auditLog;

    private Long id;
    private transient Event event;
    private PagedList<Registration> registrations;
    private long confirmed;
    private String message;
    /** Certificate ids by registration id; read again after each action. */
    private Map<Long, Long> certificates = new HashMap<>();

    public void load() {
        Viewer viewer = currentPerson.viewer();
        event = organisedEvent();
        Long eventId = id;
        registrations = new PagedList<>(() -> participants.count(viewer, eventId), (first, pageSize) -> participants.page(viewer, eventId, first, pageSize));
        confirmed = desk.countIn(event, RegistrationState.CONFIRMED);
        readCertificates();
    }

    private void readCertificates() {
        certificates = new HashMap<>();
        certificateService.ofEvent(currentPerson.viewer(), getEvent())
                .forEach((registrationId, certificate) -> certificates.put(registrationId, certificate.getId()));
    }

    public void issueAll() {
        try {
            int issued = certificateService.issueAll(currentPerson.viewer(), id);
            Feedback.info(issued == 0 ? "certificates.noneIssued" : "certificates.issued", issued);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "registrationsForm");
        }
        readCertificates();
    }

    public void issueOne(Long registrationId) {
        act(() -> certificateService.issueOne(currentPerson.viewer(), registrationId).getRegistration(), "certificate.issuedOne");
        readCertificates();
    }

    /** Certificates may be issued now by this viewer: the page shows the buttons by the service's rule. */
    public boolean isCertifying() {
        return getEvent().isCertifiableAt(Instant.now()) && getEvent().isCertifiedBy(currentPerson.viewer());
    }

    /** Attendance can be marked now (from the event's start): the button shows by the entity's rule. */
    public boolean attendanceOpen(Registration registration) {
        return registration.isAttendanceOpenAt(Instant.now());
    }

    /** The id of the registration's certificate, or {@code null}. */
    public Long certificateOf(Registration registration) {
        return certificates.get(registration.getId());
    }

    public void approve(Long registrationId) {
        act(() -> participants.approve(currentPerson.viewer(), registrationId), "registration.approved");
    }

    public void decline(Long registrationId) {
        act(() -> participants.decline(currentPerson.viewer(), registrationId), "registration.declined");
    }

    public void confirm(Long registrationId) {
        act(() -> participants.confirm(currentPerson.viewer(), registrationId), "registration.confirmedNow");
    }

    public void toWaitingList(Long registrationId) {
        act(() -> participants.moveToWaitingList(currentPerson.viewer(), registrationId), "registration.movedToWaitingList");
    }

    public void attended(Long registrationId, boolean value) {
        act(() -> participants.markAttended(currentPerson.viewer(), registrationId, value), "registration.attendanceSaved");
    }

    public void sendMessage() {
        try {
            int told = planner.message(currentPerson.viewer(), id, message);
            Feedback.info("event.message.sent", told);
            message = null;
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "messageForm");
        }
    }

    /** The table shows the change when the XHTML updates it: it reads its page again. The summary counts at the next visit. */
    private void act(Supplier<Registration> action, String key) {
        try {
            action.get();
            Feedback.info(key);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "registrationsForm");
        }
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
            event = organisedEvent();
        }
        return event;
    }

    /** Not there, not visible or not organised by the viewer: to them, this page does not exist. */
    private Event organisedEvent() {
        Viewer viewer = currentPerson.viewer();
        return NotFoundException.unless(id, eventId -> eventService.find(viewer, eventId).filter(found -> eventService.canEdit(viewer, found)));
    }

    public PagedList<Registration> getRegistrations() {
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

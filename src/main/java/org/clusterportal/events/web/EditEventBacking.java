package org.clusterportal.events.web;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Reach;
import org.clusterportal.events.Event;
import org.clusterportal.events.EventForm;
import org.clusterportal.events.EventPlanner;
import org.clusterportal.events.EventService;
import org.clusterportal.events.EventType;
import org.clusterportal.events.QuestionKind;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;
import org.clusterportal.platform.security.Viewer;

/**
 * events/edit.xhtml[?id=…]: a coordinator writes a new draft for the agreements they coordinate, or changes an
 * event they organise. A refusal stays on the page next to its field; a saved event is shown on its page.
 * View-scoped for the questions added and removed by ajax; it keeps the form, the choices are read per request.
 */
@Named
@ViewScoped
public class EditEventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted().toList();

    @Inject
    private EventService eventService;

    @Inject
    private EventPlanner planner;

    @Inject
    private EventChoices choices;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    /** Whether the page was opened (its view action ran): from then on its id is the view's. */
    private boolean opened;
    private EventForm form = new EventForm();

    public void load() {
        opened = true;
        Viewer viewer = currentPerson.viewer();
        if (id != null) {
            form = EventForm.of(NotFoundException.unless(id,
                    eventId -> eventService.find(viewer, eventId).filter(event -> eventService.canEdit(viewer, event))));
        }
        else {
            if (!eventService.canOrganise(viewer)) {
                // The refusal the planner would give on saving, audited once: the 403 page does not write it again.
                throw auditLog.refusal(viewer, "Events by person " + viewer.personId());
            }
            List<SelectItem> agreements = getAgreements();
            if (agreements.size() == 1) {
                form.setAgreementIds(List.of((Long) agreements.get(0).getValue()));
            }
        }
        List<SelectItem> organisers = getOrganisers();
        if (form.getOrganiserId() == null && !organisers.isEmpty()) {
            form.setOrganiserId((Long) organisers.get(0).getValue());
        }
    }

    public String save() {
        Event saved;
        try {
            saved = id == null ? planner.create(currentPerson.viewer(), form) : planner.update(currentPerson.viewer(), id, form);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "eventForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/events/view?faces-redirect=true&id=" + saved.getId();
    }

    public void addQuestion() {
        form.addQuestion();
    }

    public void removeQuestion(int index) {
        form.removeQuestion(index);
    }

    public List<String> completeZone(String typed) {
        String lower = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        return ZONES.stream().filter(zone -> zone.toLowerCase(Locale.ROOT).contains(lower)).limit(20).toList();
    }

    public boolean isMoreQuestionsAllowed() {
        return form.getQuestions().size() < Event.MAX_QUESTIONS;
    }

    public List<SelectItem> getOrganisers() {
        return choices.organisers();
    }

    public List<SelectItem> getAgreements() {
        return choices.agreementsToChoose(id);
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public Reach[] getReaches() {
        return Reach.values();
    }

    public QuestionKind[] getQuestionKinds() {
        return QuestionKind.values();
    }

    public List<String> getLanguages() {
        return EventsBacking.LANGUAGES;
    }

    public Long getId() {
        return id;
    }

    /** The view's {@link ViewId}: a postback naming another event is refused here, before any action runs. */
    public void setId(Long id) {
        Long shown = this.id;
        this.id = ViewId.keep(opened, shown, id, () -> auditLog.refusal(currentPerson.viewer(),
                "Event " + id + " posted from the editor of event " + shown));
    }

    public EventForm getForm() {
        return form;
    }
}

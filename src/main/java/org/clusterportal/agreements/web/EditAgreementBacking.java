package org.clusterportal.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementForm;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.CooperationArea;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.PersonService;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Choice;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.omnifaces.cdi.Param;

/**
 * agreements/edit.xhtml[?id=…] (admins): records a new agreement or changes one, with its signatories and
 * coordinators. Each action is one service call followed by a redirect; a refusal stays on the page by its field.
 * Request-scoped: every form posts back to the page's own address (OmniFaces {@code o:form}), so the id comes with
 * each request; signatories and coordinators are picked by name as they are typed, held as ids and labels
 * ({@link Choice}), so no list of every organisation or person is loaded.
 */
@Named
@RequestScoped
public class EditAgreementBacking {

    private static final int SUGGESTIONS = 10;

    @Inject
    private AgreementService agreementService;

    @Inject
    private PersonService personService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Optional<Agreement> agreement;
    private AgreementForm form;
    private Choice newSignatory;
    private LocalDate newSignatorySignedOn;
    private Choice newCoordinator;

    /** The page's first request: 404 for an id under which there is nothing. */
    public void load() {
        if (id != null) {
            agreement = Optional.of(NotFoundException.unless(id, found -> agreementService.find(currentPerson.viewer(), found)));
        }
    }

    /** The agreement changed here, found once per request; none for a new one. */
    public Agreement getAgreement() {
        if (agreement == null) {
            agreement = Optional.ofNullable(id).flatMap(found -> agreementService.find(currentPerson.viewer(), found));
        }
        return agreement.orElse(null);
    }

    /** What the page shows, filled from the agreement before a postback puts in what was typed. */
    public AgreementForm getForm() {
        if (form == null) {
            form = getAgreement() == null ? new AgreementForm() : AgreementForm.of(getAgreement());
        }
        return form;
    }

    /** Approved organisations whose name holds the typed words. */
    public List<Choice> completeSignatory(String typed) {
        return agreementService.candidateSignatories(currentPerson.viewer(), typed, SUGGESTIONS).stream()
                .map(organisation -> new Choice(organisation.getId(), organisation.getName())).toList();
    }

    /** People whose name or username holds the typed words. */
    public List<Choice> completeCoordinator(String typed) {
        return personService.named(currentPerson.viewer(), typed, SUGGESTIONS).stream()
                .map(person -> new Choice(person.getId(), person.getDisplayName() + " (" + person.getUsername() + ")"))
                .toList();
    }

    public String save() {
        return act("agreementForm", () -> id == null
                ? agreementService.create(currentPerson.viewer(), getForm())
                : agreementService.update(currentPerson.viewer(), id, getForm()));
    }

    public String addSignatory() {
        return act("signatoryForm", () -> agreementService.addSignatory(currentPerson.viewer(), id,
                Choice.idOf(newSignatory), newSignatorySignedOn));
    }

    public String removeSignatory(Long organisationId) {
        return act("signatoriesForm", () -> agreementService.removeSignatory(currentPerson.viewer(), id, organisationId));
    }

    public String makeCoordinating(Long organisationId) {
        return act("signatoriesForm", () -> agreementService.makeCoordinating(currentPerson.viewer(), id, organisationId));
    }

    public String nameCoordinator() {
        return act("coordinatorForm", () -> agreementService.nameCoordinator(currentPerson.viewer(), id,
                Choice.idOf(newCoordinator)));
    }

    public String removeCoordinator(Long personId) {
        return act("coordinatorForm", () -> agreementService.removeCoordinator(currentPerson.viewer(), id, personId));
    }

    public String sign() {
        return act("agreementForm", () -> agreementService.sign(currentPerson.viewer(), id));
    }

    private String act(String formId, Supplier<Agreement> action) {
        Agreement saved;
        try {
            saved = action.get();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info("form.saved");
        return "/agreements/edit?faces-redirect=true&id=" + saved.getId();
    }

    public CooperationArea[] getAreas() {
        return CooperationArea.values();
    }

    public Long getId() {
        return id;
    }

    public Choice getNewSignatory() {
        return newSignatory;
    }

    public void setNewSignatory(Choice newSignatory) {
        this.newSignatory = newSignatory;
    }

    public LocalDate getNewSignatorySignedOn() {
        return newSignatorySignedOn;
    }

    public void setNewSignatorySignedOn(LocalDate newSignatorySignedOn) {
        this.newSignatorySignedOn = newSignatorySignedOn;
    }

    public Choice getNewCoordinator() {
        return newCoordinator;
    }

    public void setNewCoordinator(Choice newCoordinator) {
        this.newCoordinator = newCoordinator;
    }
}

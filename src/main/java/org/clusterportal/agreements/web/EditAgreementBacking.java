package org.clusterportal.agreements.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementForm;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.CooperationArea;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.Person;
import org.clusterportal.people.PersonService;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;

/**
 * agreements/edit.xhtml[?id=…] (admins): records a new agreement or changes one, with its signatories and
 * coordinators. Each action is one service call followed by a redirect; a refusal stays on the page by its field.
 */
@Named
@ViewScoped
public class EditAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreementService;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private PersonService personService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Agreement agreement;
    private AgreementForm form = new AgreementForm();
    private Long newSignatoryId;
    private LocalDate newSignatorySignedOn;
    private Long newCoordinatorId;
    private List<Organisation> organisations = List.of();
    private List<Person> people = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        agreement = NotFoundException.unless(id, agreementId -> agreementService.find(currentPerson.viewer(), agreementId));
        form = AgreementForm.of(agreement);
        // Loaded once per view, not at each evaluation of the selects.
        organisations = organisationService.listApproved();
        people = personService.listForChoice(currentPerson.viewer());
    }

    public String save() {
        return act("agreementForm", () -> id == null
                ? agreementService.create(currentPerson.viewer(), form)
                : agreementService.update(currentPerson.viewer(), id, form));
    }

    public String addSignatory() {
        return act("signatoryForm",
                () -> agreementService.addSignatory(currentPerson.viewer(), id, newSignatoryId, newSignatorySignedOn));
    }

    public String removeSignatory(Long organisationId) {
        return act("signatoriesForm", () -> agreementService.removeSignatory(currentPerson.viewer(), id, organisationId));
    }

    public String makeCoordinating(Long organisationId) {
        return act("signatoriesForm", () -> agreementService.makeCoordinating(currentPerson.viewer(), id, organisationId));
    }

    public String nameCoordinator() {
        return act("coordinatorForm", () -> agreementService.nameCoordinator(currentPerson.viewer(), id, newCoordinatorId));
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

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<Person> getPeople() {
        return people;
    }

    public CooperationArea[] getAreas() {
        return CooperationArea.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public AgreementForm getForm() {
        return form;
    }

    public Long getNewSignatoryId() {
        return newSignatoryId;
    }

    public void setNewSignatoryId(Long newSignatoryId) {
        this.newSignatoryId = newSignatoryId;
    }

    public LocalDate getNewSignatorySignedOn() {
        return newSignatorySignedOn;
    }

    public void setNewSignatorySignedOn(LocalDate newSignatorySignedOn) {
        this.newSignatorySignedOn = newSignatorySignedOn;
    }

    public Long getNewCoordinatorId() {
        return newCoordinatorId;
    }

    public void setNewCoordinatorId(Long newCoordinatorId) {
        this.newCoordinatorId = newCoordinatorId;
    }
}

package org.clusterportal.agreements.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.AgreementStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.omnifaces.util.Faces;

/**
 * agreements/view.xhtml?id=…: an agreement, its signatories with their members and its coordinators, for those
 * who may see it (to anyone else: not found); its coordinators and admins edit the description here.
 */
@Named
@ViewScoped
public class ViewAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreementService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Agreement agreement;
    private Map<Long, List<Organisation>> membersBySignatory;
    private boolean editor;
    private boolean manager;
    private String description;

    /** The view action: loads what the person may see, or answers 404. */
    public void load() throws IOException {
        var found = id == null ? Optional.<Agreement>empty() : agreementService.find(currentPerson.viewer(), id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        agreement = found.get();
        editor = agreementService.canEdit(currentPerson.viewer(), agreement);
        manager = agreementService.canManage(currentPerson.viewer());
        description = agreement.getDescription();
        membersBySignatory = new LinkedHashMap<>();
        for (Object[] row : agreementService.membersOfSignatories(agreement)) {
            membersBySignatory.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((Organisation) row[1]);
        }
    }

    public String saveDescription() {
        try {
            agreementService.editDescription(currentPerson.viewer(), id, agreement.getVersion(), description);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "descriptionForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/agreements/view?faces-redirect=true&id=" + id;
    }

    public List<Organisation> membersOf(Organisation signatory) {
        return membersBySignatory.getOrDefault(signatory.getId(), List.of());
    }

    public AgreementStatus getStatus() {
        return agreement.statusOn(LocalDate.now());
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

    public boolean isEditor() {
        return editor;
    }

    public boolean isManager() {
        return manager;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

package org.clusterportal.organisations.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationForm;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.organisations.Regions;
import org.clusterportal.organisations.Sector;
import org.clusterportal.organisations.SizeClass;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.omnifaces.util.Faces;

/**
 * organisations/edit.xhtml: without an id a signed-in person proposes a new organisation; with one, the
 * organisation's administrators (or its proposer while it waits, or an admin) edit it. A refusal stays on the
 * page by its field; a change made meanwhile by someone else is reported, not overwritten.
 */
@Named
@ViewScoped
public class EditOrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private OrganisationForm form = new OrganisationForm();
    private List<Sector> sectors;
    private List<Organisation> clusters;

    public void load() throws IOException {
        if (id != null) {
            var found = organisationService.find(currentPerson.viewer(), id)
                    .filter(organisation -> organisationService.canEdit(currentPerson.viewer(), organisation));
            if (found.isEmpty()) {
                Faces.responseSendError(404, "");
                return;
            }
            form = OrganisationForm.of(found.get());
        }
        sectors = organisationService.sectors();
        clusters = organisationService.listClusters();
    }

    public String save() {
        Organisation saved;
        try {
            saved = id == null
                    ? organisationService.propose(currentPerson.viewer(), form)
                    : organisationService.update(currentPerson.viewer(), id, form);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "organisationForm");
            return null;
        }
        Feedback.info(id == null ? "organisation.proposed" : "form.saved");
        return "/organisations/view?faces-redirect=true&id=" + saved.getId();
    }

    public boolean isPolish() {
        return Regions.POLAND.equals(form.getCountry());
    }

    public List<String> getVoivodeships() {
        return Regions.VOIVODESHIPS;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public SizeClass[] getSizeClasses() {
        return SizeClass.values();
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public List<Organisation> getClusters() {
        return clusters;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationForm getForm() {
        return form;
    }
}

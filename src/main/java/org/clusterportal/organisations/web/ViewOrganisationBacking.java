package org.clusterportal.organisations.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.people.CurrentPerson;
import org.omnifaces.util.Faces;

/** organisations/view.xhtml?id=…: an organisation, its clusters or members, and the agreements it signed. */
@Named
@ViewScoped
public class ViewOrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Organisation organisation;
    private List<Organisation> members;
    private List<Agreement> agreements;

    public void load() throws IOException {
        var found = id == null ? Optional.<Organisation>empty() : organisationService.find(currentPerson.viewer(), id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        organisation = found.get();
        members = organisation.isCluster() ? organisationService.membersOf(organisation) : List.of();
        agreements = organisationService.agreementsSignedBy(currentPerson.viewer(), organisation);
    }

    public boolean isKeyCluster() {
        return organisation.isKeyClusterOn(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Organisation> getMembers() {
        return members;
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }
}

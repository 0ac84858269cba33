package org.clusterportal.organisations.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.DirectoryChoices;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationEntries;
import org.clusterportal.organisations.OrganisationForm;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.organisations.OrganisationLogos;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.organisations.Regions;
import org.clusterportal.organisations.SectorChoice;
import org.clusterportal.organisations.SizeClass;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.primefaces.model.file.UploadedFile;

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
    private OrganisationEntries organisationEntries;

    @Inject
    private OrganisationLogos organisationLogos;

    @Inject
    private DirectoryChoices directoryChoices;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private OrganisationForm form = new OrganisationForm();
    private List<Organisation> clusters;
    private boolean withLogo;
    private boolean clustersEditable = true;
    private transient UploadedFile logo;

    public void load() {
        if (id != null) {
            Organisation organisation = NotFoundException.unless(id, organisationId -> organisationService
                    .find(currentPerson.viewer(), organisationId)
                    .filter(found -> organisationService.canEdit(currentPerson.viewer(), found)));
            form = OrganisationForm.of(organisation);
            withLogo = organisation.isWithLogo();
            clustersEditable = !organisation.isApproved() || currentPerson.isAdmin();
        }
        clusters = organisationService.listClusters();
    }

    public String save() {
        Organisation saved;
        try {
            saved = id == null
                    ? organisationEntries.propose(currentPerson.viewer(), form)
                    : organisationEntries.update(currentPerson.viewer(), id, form);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "organisationForm");
            return null;
        }
        Feedback.info(id == null ? "organisation.proposed" : "form.saved");
        return "/organisations/view?faces-redirect=true&id=" + saved.getId();
    }

    /** A new logo, checked by its content; a refusal shows next to the file field. */
    public String uploadLogo() {
        try (InputStream content = logo == null ? InputStream.nullInputStream() : logo.getInputStream()) {
            organisationLogos.changeLogo(currentPerson.viewer(), id, content);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "logoForm");
            return null;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded logo failed", e);
        }
        finally {
            logo = null;
        }
        Feedback.info("organisation.logo.changed");
        return "/organisations/edit?faces-redirect=true&id=" + id;
    }

    public String removeLogo() {
        organisationLogos.removeLogo(currentPerson.viewer(), id);
        Feedback.info("organisation.logo.removed");
        return "/organisations/edit?faces-redirect=true&id=" + id;
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

    public List<SectorChoice> getSectors() {
        return directoryChoices.sectors();
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

    /** Once approved, only an admin changes which clusters an organisation belongs to. */
    public boolean isClustersEditable() {
        return clustersEditable;
    }

    public boolean isWithLogo() {
        return withLogo;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }

    public OrganisationForm getForm() {
        return form;
    }
}

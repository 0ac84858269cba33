package org.clusterportal.organisations.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.convert.Converter;
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
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Choice;
import org.clusterportal.platform.faces.ChoiceConverter;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;
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

    private static final int SUGGESTIONS = 10;

    private static final Converter<Choice> CHOICES = new ChoiceConverter();

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

    @Inject
    private AuditLog auditLog;

    private Long id;
    /** Whether the page was opened (its view action ran): from then on its id is the view's. */
    private boolean opened;
    private OrganisationForm form = new OrganisationForm();
    private List<Choice> clusters = new ArrayList<>();
    private boolean withLogo;
    private boolean clustersEditable = true;
    private transient UploadedFile logo;

    public void load() {
        opened = true;
        if (id != null) {
            Organisation organisation = NotFoundException.unless(id, organisationId -> organisationService
                    .find(currentPerson.viewer(), organisationId)
                    .filter(found -> organisationService.canEdit(currentPerson.viewer(), found)));
            form = OrganisationForm.of(organisation);
            withLogo = organisation.isWithLogo();
            clustersEditable = !organisation.isApproved() || currentPerson.isAdmin();
            clusters = new ArrayList<>(organisation.getClusters().stream()
                    .map(cluster -> new Choice(cluster.getId(), cluster.getName())).toList());
        }
    }

    public String save() {
        form.setClusterIds(new ArrayList<>(clusters.stream().map(Choice::getId).toList()));
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

    /** Approved clusters whose name holds the typed words, a few at a time from the database. */
    public List<Choice> completeCluster(String typed) {
        return organisationService.clustersNamed(typed, SUGGESTIONS).stream()
                .map(cluster -> new Choice(cluster.getId(), cluster.getName())).toList();
    }

    /** The clusters the organisation belongs to, as ids and names: its own, or those picked when the form comes back. */
    public List<Choice> getClusters() {
        return clusters;
    }

    public void setClusters(List<Choice> clusters) {
        this.clusters = clusters == null ? new ArrayList<>() : new ArrayList<>(clusters);
    }

    /** The picker holds a list, whose element type Faces cannot see: its converter is named. */
    public Converter<Choice> getChoiceConverter() {
        return CHOICES;
    }

    public Long getId() {
        return id;
    }

    /** The view's {@link ViewId}: a postback naming another organisation is refused here, before any action runs. */
    public void setId(Long id) {
        Long shown = this.id;
        this.id = ViewId.keep(opened, shown, id, () -> auditLog.refusal(currentPerson.viewer(),
                "Organisation " + id + " posted from the editor of organisation " + shown));
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

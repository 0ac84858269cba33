package org.clusterportal.agreements.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementDocument;
import org.clusterportal.agreements.AgreementDocumentKind;
import org.clusterportal.agreements.AgreementDocumentService;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.AgreementStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.files.FileSizes;
import org.clusterportal.platform.security.Viewer;
import org.omnifaces.cdi.Param;
import org.primefaces.model.file.UploadedFile;

/**
 * agreements/view.xhtml?id=…: an agreement, its signatories with their members and its coordinators, for those
 * who may see it (to anyone else: not found), and its documents; its coordinators and admins edit the
 * description and add or remove documents here. Request-scoped, so a visitor's request opens no session (web.xml
 * lists the page as stateless for visitors): every form posts back to the page's own address (OmniFaces
 * {@code o:form}), so the id comes with each request, and the version the page showed comes with each change.
 */
@Named
@RequestScoped
public class ViewAgreementBacking {

    @Inject
    private AgreementService agreementService;

    @Inject
    private AgreementDocumentService documentService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Optional<Agreement> agreement;
    private Map<Long, List<Organisation>> membersBySignatory = Map.of();
    private boolean editor;
    private boolean manager;
    private Long version;
    private String description;
    private PagedList<AgreementDocument> documents;
    private String documentTitle;
    private AgreementDocumentKind documentKind = AgreementDocumentKind.ANNEX;
    private UploadedFile documentFile;

    /** The page's first request: 404 when there is no such agreement or the viewer may not see it. */
    public void load() {
        Viewer viewer = currentPerson.viewer();
        describe(Optional.of(NotFoundException.unless(id, found -> agreementService.find(viewer, found))));
    }

    /**
     * The agreement, found once per request: a postback does not run {@link #load}, and an agreement that is gone
     * meanwhile (or no longer visible) leaves the page empty.
     */
    public Agreement getAgreement() {
        if (agreement == null) {
            describe(Optional.ofNullable(id).flatMap(found -> agreementService.find(currentPerson.viewer(), found)));
        }
        return agreement.orElse(null);
    }

    private void describe(Optional<Agreement> found) {
        agreement = found;
        if (found.isEmpty()) {
            return;
        }
        Viewer viewer = currentPerson.viewer();
        Agreement shown = found.get();
        editor = agreementService.canEdit(viewer, shown);
        manager = agreementService.canManage(viewer);
        Long agreementId = shown.getId();
        documents = new PagedList<>(() -> documentService.count(viewer, agreementId),
                (first, pageSize) -> documentService.list(viewer, agreementId, first, pageSize));
        membersBySignatory = new LinkedHashMap<>();
        for (Object[] row : agreementService.membersOfSignatories(shown)) {
            membersBySignatory.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((Organisation) row[1]);
        }
    }

    public String saveDescription() {
        try {
            agreementService.editDescription(currentPerson.viewer(), id, versionShown(), description);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "descriptionForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/agreements/view?faces-redirect=true&id=" + id;
    }

    /** The agreement acted on: gone meanwhile (or no longer visible), it is not found. */
    private Agreement shown() {
        return NotFoundException.unless(id, found -> Optional.ofNullable(getAgreement()));
    }

    private long versionShown() {
        shown();
        return getVersion();
    }

    /** Switches the review of offers on or off for this agreement. */
    public String toggleOfferReview() {
        try {
            agreementService.requireOfferReview(currentPerson.viewer(), id, versionShown(), !shown().isOfferReviewRequired());
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "offerReviewForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/agreements/view?faces-redirect=true&id=" + id;
    }

    /** Adds the chosen PDF; a refusal shows next to its field and keeps the title and kind typed. */
    public String uploadDocument() {
        try {
            if (documentFile == null || documentFile.getFileName() == null || documentFile.getFileName().isBlank()) {
                documentService.upload(currentPerson.viewer(), id, documentKind, documentTitle, null, null);
            }
            else {
                try (InputStream content = documentFile.getInputStream()) {
                    documentService.upload(currentPerson.viewer(), id, documentKind, documentTitle,
                            documentFile.getFileName(), content);
                }
            }
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "documentForm");
            return null;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
        finally {
            documentFile = null;
        }
        Feedback.info("agreementDocument.uploaded");
        return "/agreements/view?faces-redirect=true&id=" + id;
    }

    public String deleteDocument(Long documentId) {
        documentService.delete(currentPerson.viewer(), documentId);
        Feedback.info("agreementDocument.deleted");
        return "/agreements/view?faces-redirect=true&id=" + id;
    }

    public String size(AgreementDocument document) {
        return FileSizes.format(document.getSize(), currentPerson.getLocale());
    }

    public AgreementDocumentKind[] getDocumentKinds() {
        return AgreementDocumentKind.values();
    }

    public PagedList<AgreementDocument> getDocuments() {
        getAgreement();
        return documents;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public AgreementDocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(AgreementDocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public UploadedFile getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(UploadedFile documentFile) {
        this.documentFile = documentFile;
    }

    public List<Organisation> membersOf(Organisation signatory) {
        getAgreement();
        return membersBySignatory.getOrDefault(signatory.getId(), List.of());
    }

    public AgreementStatus getStatus() {
        return getAgreement().statusOn(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    /** The version of the agreement the page showed: a change made meanwhile by someone else is refused. */
    public Long getVersion() {
        return version != null || getAgreement() == null ? version : getAgreement().getVersion();
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isEditor() {
        getAgreement();
        return editor;
    }

    public boolean isManager() {
        getAgreement();
        return manager;
    }

    /** What the editor typed, or the agreement's description as it is. */
    public String getDescription() {
        return description != null || getAgreement() == null ? description : getAgreement().getDescription();
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

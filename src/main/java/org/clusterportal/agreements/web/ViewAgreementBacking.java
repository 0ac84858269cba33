package org.clusterportal.agreements.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
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
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.files.FileSizes;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.faces.NotFoundException;
import org.primefaces.model.file.UploadedFile;

/**
 * agreements/view.xhtml?id=…: an agreement, its signatories with their members and its coordinators, for those
 * who may see it (to anyone else: not found), and its documents; its coordinators and admins edit the
 * description and add or remove documents here.
 */
@Named
@ViewScoped
public class ViewAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreementService;

    @Inject
    private AgreementDocumentService documentService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Agreement agreement;
    private Map<Long, List<Organisation>> membersBySignatory;
    private boolean editor;
    private boolean manager;
    private String description;
    private PagedList<AgreementDocument> documents;
    private String documentTitle;
    private AgreementDocumentKind documentKind = AgreementDocumentKind.ANNEX;
    private transient UploadedFile documentFile;

    /** The view action: loads what the person may see, or answers 404. */
    public void load() {
        agreement = NotFoundException.unless(id, agreementId -> agreementService.find(currentPerson.viewer(), agreementId));
        editor = agreementService.canEdit(currentPerson.viewer(), agreement);
        manager = agreementService.canManage(currentPerson.viewer());
        description = agreement.getDescription();
        Viewer viewer = currentPerson.viewer();
        Long agreementId = id;
        documents = new PagedList<>(() -> documentService.count(viewer, agreementId),
                (first, pageSize) -> documentService.list(viewer, agreementId, first, pageSize));
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

    /** Switches the review of offers on or off for this agreement. */
    public String toggleOfferReview() {
        try {
            agreementService.requireOfferReview(currentPerson.viewer(), id, agreement.getVersion(), !agreement.isOfferReviewRequired());
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

    public String deleteDocument(AgreementDocument document) {
        documentService.delete(currentPerson.viewer(), document.getId());
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

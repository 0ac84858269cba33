package org.clusterportal.agreements;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.files.AcceptedFiles;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The text and annexes of agreements. Whoever may see an agreement sees and downloads its documents (the lists
 * and look-ups apply {@link AccessPolicy#VISIBLE_AGREEMENT} in their query); its coordinators and admins add
 * and remove them. Only PDF files of at most 20 MB are taken, as their content shows.
 */
@Stateless
public class AgreementDocumentService {

    /** The form's fields, as the page names them, for refusals shown next to them. */
    public static final String TITLE_FIELD = "title";
    public static final String KIND_FIELD = "kind";
    public static final String FILE_FIELD = "file";

    private static final String VISIBLE_DOCUMENT = "from AgreementDocument d join d.agreement a where "
            + AccessPolicy.VISIBLE_AGREEMENT;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private FileStore fileStore;

    @Inject
    private AuditLog auditLog;

    /** The documents of an agreement the viewer may see (none otherwise): the text first, then the annexes. */
    public List<AgreementDocument> list(@NotNull Viewer viewer, @NotNull Long agreementId, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        return AccessPolicy.bind(entityManager.createQuery("select d " + VISIBLE_DOCUMENT
                + " and a.id = :agreement order by d.kind desc, d.uploadedAt, d.id", AgreementDocument.class), viewer)
                .setParameter("agreement", agreementId)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull Long agreementId) {
        return AccessPolicy.bind(entityManager.createQuery("select count(d) " + VISIBLE_DOCUMENT
                + " and a.id = :agreement", Long.class), viewer)
                .setParameter("agreement", agreementId)
                .getSingleResult();
    }

    /** The document as the viewer may download it; to anyone who may not see its agreement it does not exist. */
    public Optional<Download> download(@NotNull Viewer viewer, @NotNull Long documentId) {
        return AccessPolicy.bind(entityManager.createQuery("select d " + VISIBLE_DOCUMENT + " and d.id = :document",
                AgreementDocument.class), viewer)
                .setParameter("document", documentId)
                .getResultStream()
                .findFirst()
                .map(document -> new Download(document.storedFile(), document.getFileName(),
                        document.getAgreement().isPublicAccess()));
    }

    /**
     * Adds a document to an agreement, for its coordinators and admins. The title and kind are checked before
     * the file is read; the file must be a PDF (by its content) of at most 20 MB.
     */
    public AgreementDocument upload(@NotNull Viewer viewer, @NotNull Long agreementId, AgreementDocumentKind kind,
            String title, String fileName, InputStream content) {
        Agreement agreement = editable(viewer, agreementId);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw BusinessException.onField(TITLE_FIELD, "agreementDocument.title.required");
        }
        if (cleanTitle.length() > AgreementDocument.TITLE_LENGTH) {
            throw BusinessException.onField(TITLE_FIELD, "form.tooLong", AgreementDocument.TITLE_LENGTH);
        }
        if (kind == null) {
            throw BusinessException.onField(KIND_FIELD, "agreementDocument.kind.required");
        }
        if (content == null) {
            throw BusinessException.onField(FILE_FIELD, "file.required");
        }
        Person uploader = Optional.ofNullable(entityManager.find(Person.class, viewer.personId()))
                .orElseThrow(() -> new AccessDeniedException("Unknown person " + viewer.personId()));
        StoredFile file = fileStore.store(content, AcceptedFiles.PDF_DOCUMENTS, FILE_FIELD);
        AgreementDocument document = new AgreementDocument(agreement, kind, cleanTitle,
                FileNames.forContent(fileName, cleanTitle, file.contentType()), file, uploader, Instant.now());
        entityManager.persist(document);
        audit(viewer, AuditAction.AGREEMENT_DOCUMENT_ADDED, document);
        return document;
    }

    /** Removes a document, for its agreement's coordinators and admins; the file goes once that is committed. */
    public void delete(@NotNull Viewer viewer, @NotNull Long documentId) {
        AgreementDocument document = Optional.ofNullable(entityManager.find(AgreementDocument.class, documentId))
                .orElseThrow(() -> new AccessDeniedException("Agreement document " + documentId));
        if (!accessPolicy.canEdit(viewer, document.getAgreement())) {
            throw new AccessDeniedException("Agreement document " + documentId);
        }
        audit(viewer, AuditAction.AGREEMENT_DOCUMENT_REMOVED, document);
        entityManager.remove(document);
        fileStore.deleteAfterCommit(document.storedFile().key());
    }

    /** The agreement is the subject (the document may be gone); the detail names the document and its file. */
    private void audit(Viewer viewer, AuditAction action, AgreementDocument document) {
        Agreement agreement = document.getAgreement();
        auditLog.record(viewer, action, "agreement", agreement.getId(), agreement.getTitle(), document.getTitle()
                + " (document " + document.getId() + ", " + document.getFileName() + ")");
    }

    public boolean canEdit(@NotNull Viewer viewer, @NotNull Agreement agreement) {
        return accessPolicy.canEdit(viewer, agreement);
    }

    private Agreement editable(Viewer viewer, Long agreementId) {
        Agreement agreement = Optional.ofNullable(entityManager.find(Agreement.class, agreementId))
                .orElseThrow(() -> new AccessDeniedException("Agreement " + agreementId));
        if (viewer.isVisitor() || !accessPolicy.canEdit(viewer, agreement)) {
            throw new AccessDeniedException("Agreement " + agreementId);
        }
        return agreement;
    }
}

package org.clusterportal.proposals;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.files.AcceptedFiles;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.Viewer;

/**
 * The consortium's documents in its workspace: PDF files checked by their content, each a history of versions
 * that are never replaced, downloaded only by the consortium and admins. The consortium hears of each version.
 */
@Stateless
public class WorkspaceDocuments {

    /** The upload form's fields, as the workspace page names them. */
    private static final String DOCUMENT_TITLE_FIELD = "documentTitle";
    private static final String FILE_FIELD = "file";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ProposalService proposals;

    @Inject
    private FileStore fileStore;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ProposalNotices notices;

    public List<ProposalDocument> documents(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = proposals.getWorkspace(viewer, id);
        return entityManager.createQuery("select d from ProposalDocument d where d.proposal = :proposal order by d.title, d.id",
                ProposalDocument.class)
                .setParameter("proposal", proposal)
                .getResultList();
    }

    /** The versions of the proposal's documents, by document, the newest first (the history the workspace shows). */
    public List<ProposalDocumentVersion> versions(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = proposals.getWorkspace(viewer, id);
        return entityManager.createQuery("""
                select v from ProposalDocumentVersion v join fetch v.uploadedBy join fetch v.document where v.document.proposal = :proposal
                order by v.document.id, v.number desc""", ProposalDocumentVersion.class)
                .setParameter("proposal", proposal)
                .getResultList();
    }

    /** A new document with its first version. */
    public ProposalDocumentVersion addDocument(@NotNull Viewer viewer, @NotNull Long id, String title, String fileName,
            InputStream content) {
        ProjectProposal proposal = proposals.getWorkspace(viewer, id);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw BusinessException.onField(DOCUMENT_TITLE_FIELD, "proposalDocument.title.required");
        }
        if (cleanTitle.length() > ProposalDocument.TITLE_LENGTH) {
            throw BusinessException.onField(DOCUMENT_TITLE_FIELD, "form.tooLong", ProposalDocument.TITLE_LENGTH);
        }
        StoredFile file = store(content);
        Person uploader = proposals.actor(viewer);
        ProposalDocument document = new ProposalDocument(proposal, cleanTitle, uploader);
        entityManager.persist(document);
        ProposalDocumentVersion version = document.addVersion(file, FileNames.forContent(fileName, cleanTitle, file.contentType()), uploader, Instant.now());
        entityManager.persist(version);
        notices.tell(NoticeKind.DOCUMENT_VERSION_ADDED, notices.consortiumOf(proposal), proposal, viewer, null);
        return version;
    }

    /**
     * A new version of a document; the old ones stay. The file is stored first, then the document's row is
     * locked for the number: two partners uploading at once wait for each other there and both versions stay.
     */
    public ProposalDocumentVersion addVersion(@NotNull Viewer viewer, @NotNull Long documentId, String fileName, InputStream content) {
        ProposalDocument document = Optional.ofNullable(entityManager.find(ProposalDocument.class, documentId))
                .orElseThrow(() -> auditLog.refusal(viewer, "Proposal document " + documentId));
        ProjectProposal proposal = proposals.getWorkspace(viewer, document.getProposal().getId());
        StoredFile file = store(content);
        entityManager.refresh(document, LockModeType.PESSIMISTIC_WRITE);
        ProposalDocumentVersion version = document.addVersion(file, FileNames.forContent(fileName, document.getTitle(), file.contentType()),
                proposals.actor(viewer), Instant.now());
        entityManager.persist(version);
        notices.tell(NoticeKind.DOCUMENT_VERSION_ADDED, notices.consortiumOf(proposal), proposal, viewer, null);
        return version;
    }

    private StoredFile store(InputStream content) {
        if (content == null) {
            throw BusinessException.onField(FILE_FIELD, "file.required");
        }
        return fileStore.store(content, AcceptedFiles.PDF_DOCUMENTS, FILE_FIELD);
    }

    /** A version as the viewer may download it: to anyone outside the consortium it does not exist. */
    public Optional<Download> download(@NotNull Viewer viewer, @NotNull Long versionId) {
        if (viewer.isVisitor()) {
            return Optional.empty();
        }
        Where where = new Where().and("v.id = :version", "version", versionId);
        if (!viewer.admin()) {
            ProposalService.inConsortium(where, viewer);
        }
        Optional<ProposalDocumentVersion> version = where
                .query(entityManager, "select v from ProposalDocumentVersion v join v.document d join d.proposal p", "",
                        ProposalDocumentVersion.class)
                .getResultStream().findFirst();
        if (version.isEmpty()) {
            auditLog.refusal(viewer, "Proposal document version " + versionId);
        }
        return version.map(found -> new Download(found.storedFile(), found.getFileName(), false));
    }
}

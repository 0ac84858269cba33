package org.clusterportal.proposals.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.proposals.WorkspaceDocuments;
import org.omnifaces.cdi.Param;
import org.primefaces.model.file.UploadedFile;

/** The upload form of proposals/workspace.xhtml: a new document, or a new version of the chosen one. */
@Named
@RequestScoped
public class UploadDocumentBacking {

    @Inject
    private WorkspaceDocuments workspaceDocuments;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Long documentId;
    private String documentTitle;
    private UploadedFile file;

    /** Stores the file as a new document or version; a refusal (type by content, size, title) shows next to its field. */
    public String upload() {
        boolean chosen = file != null && file.getFileName() != null && !file.getFileName().isBlank();
        try (InputStream content = chosen ? file.getInputStream() : null) {
            String fileName = chosen ? file.getFileName() : null;
            if (documentId == null) {
                workspaceDocuments.addDocument(currentPerson.viewer(), id, documentTitle, fileName, content);
            }
            else {
                workspaceDocuments.addVersion(currentPerson.viewer(), documentId, fileName, content);
            }
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "uploadForm");
            return null;
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException("Reading an uploaded file failed", unreadable);
        }
        Feedback.info("proposalDocument.uploaded");
        return ProposalActions.workspacePage(id);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

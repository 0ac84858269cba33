package org.clusterportal.proposals.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.files.FileSizes;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.proposals.ChecklistItem;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalDocument;
import org.clusterportal.proposals.ProposalDocumentVersion;
import org.clusterportal.proposals.ProposalService;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * proposals/workspace.xhtml?id=…: the consortium's documents with their versions, the checklist, the deadline
 * counting down and a message to all partners. Anybody outside the consortium gets 404, as for a missing id.
 */
@Named
@ViewScoped
public class WorkspaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposalService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private ProjectProposal proposal;
    private List<ProposalDocument> documents = List.of();
    private Map<Long, List<ProposalDocumentVersion>> versions = Map.of();
    private List<ChecklistItem> checklist = List.of();
    private List<Person> members = List.of();

    private Long documentId;
    private String documentTitle;
    private transient UploadedFile file;

    private String itemTitle;
    private Long itemOwnerId;
    private LocalDate itemDueOn;

    private String message;

    public void load() throws IOException {
        Viewer viewer = currentPerson.viewer();
        Optional<ProjectProposal> found = id == null ? Optional.empty() : proposalService.findWorkspace(viewer, id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        proposal = found.get();
        documents = proposalService.documents(viewer, id);
        versions = proposalService.versions(viewer, id).stream()
                .collect(Collectors.groupingBy(version -> version.getDocument().getId(), LinkedHashMap::new, Collectors.toList()));
        checklist = proposalService.checklist(viewer, id);
        members = proposalService.consortiumMembers(proposal);
    }

    /** A new document, or a new version of the chosen one; the old versions stay. */
    public String upload() {
        try {
            InputStream content = file == null || file.getFileName() == null || file.getFileName().isBlank() ? null : file.getInputStream();
            String fileName = content == null ? null : file.getFileName();
            try {
                if (documentId == null) {
                    proposalService.addDocument(currentPerson.viewer(), id, documentTitle, fileName, content);
                }
                else {
                    proposalService.addVersion(currentPerson.viewer(), documentId, fileName, content);
                }
            }
            finally {
                if (content != null) {
                    content.close();
                }
            }
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "uploadForm");
            return null;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
        finally {
            file = null;
        }
        Feedback.info("proposalDocument.uploaded");
        return reload();
    }

    public String addItem() {
        try {
            proposalService.addChecklistItem(currentPerson.viewer(), id, itemTitle, itemOwnerId, itemDueOn);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "checklistForm");
            return null;
        }
        Feedback.info("proposal.checklist.added");
        return reload();
    }

    public String toggle(ChecklistItem item) {
        proposalService.markDone(currentPerson.viewer(), item.getId(), !item.isDone());
        return reload();
    }

    public String send() {
        try {
            proposalService.sendMessage(currentPerson.viewer(), id, message);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "messageForm");
            return null;
        }
        Feedback.info("proposal.message.sent");
        return reload();
    }

    private String reload() {
        return "/proposals/workspace?faces-redirect=true&id=" + id;
    }

    public String size(long bytes) {
        return FileSizes.format(bytes, currentPerson.getLocale());
    }

    public boolean late(ChecklistItem item) {
        return item.isLateOn(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectProposal getProposal() {
        return proposal;
    }

    public List<ProposalDocument> getDocuments() {
        return documents;
    }

    /** The versions of a document, the newest first. */
    public List<ProposalDocumentVersion> versions(ProposalDocument document) {
        return versions.getOrDefault(document.getId(), List.of());
    }

    public List<ChecklistItem> getChecklist() {
        return checklist;
    }

    public List<Person> getMembers() {
        return members;
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

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public Long getItemOwnerId() {
        return itemOwnerId;
    }

    public void setItemOwnerId(Long itemOwnerId) {
        this.itemOwnerId = itemOwnerId;
    }

    public LocalDate getItemDueOn() {
        return itemDueOn;
    }

    public void setItemDueOn(LocalDate itemDueOn) {
        this.itemDueOn = itemDueOn;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

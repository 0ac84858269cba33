package org.clusterportal.proposals.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.Person;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.files.FileSizes;
import org.clusterportal.proposals.ChecklistItem;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalDocument;
import org.clusterportal.proposals.ProposalDocumentVersion;
import org.clusterportal.proposals.ProposalService;
import org.clusterportal.proposals.WorkspaceChecklist;
import org.clusterportal.proposals.WorkspaceDocuments;
import org.omnifaces.cdi.Param;

/**
 * proposals/workspace.xhtml?id=…: the consortium's documents with their versions, the checklist, the deadline
 * counting down. Anybody outside the consortium gets 404, as for a missing id. The page's forms (upload,
 * checklist, message) have their own beans. Request-scoped, like proposals/view.xhtml: each part is read when
 * the request renders or submits it.
 */
@Named
@RequestScoped
public class WorkspaceBacking {

    @Inject
    private ProposalService proposalService;

    @Inject
    private WorkspaceDocuments workspaceDocuments;

    @Inject
    private WorkspaceChecklist workspaceChecklist;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Optional<ProjectProposal> proposal;
    private List<ProposalDocument> documents;
    private Map<Long, List<ProposalDocumentVersion>> versions;
    private List<ChecklistItem> checklist;
    private List<Person> members;

    /** The page's first request: 404 for a missing id and for anybody outside the consortium. */
    public void load() {
        proposal = Optional.of(NotFoundException.unless(id, found -> proposalService.findWorkspace(currentPerson.viewer(), found)));
    }

    /** The proposal, found once per request (a postback does not run {@link #load}); gone meanwhile, the page is empty. */
    public ProjectProposal getProposal() {
        if (proposal == null) {
            proposal = Optional.ofNullable(id).flatMap(found -> proposalService.findWorkspace(currentPerson.viewer(), found));
        }
        return proposal.orElse(null);
    }

    public List<ProposalDocument> getDocuments() {
        if (documents == null) {
            documents = getProposal() == null ? List.of() : workspaceDocuments.documents(currentPerson.viewer(), id);
        }
        return documents;
    }

    /** The versions of a document, the newest first: all of them read in one query. */
    public List<ProposalDocumentVersion> versions(ProposalDocument document) {
        if (versions == null) {
            versions = getProposal() == null ? Map.of() : workspaceDocuments.versions(currentPerson.viewer(), id).stream()
                    .collect(Collectors.groupingBy(version -> version.getDocument().getId(), LinkedHashMap::new, Collectors.toList()));
        }
        return versions.getOrDefault(document.getId(), List.of());
    }

    public List<ChecklistItem> getChecklist() {
        if (checklist == null) {
            checklist = getProposal() == null ? List.of() : workspaceChecklist.checklist(currentPerson.viewer(), id);
        }
        return checklist;
    }

    /** The consortium's people: the owners a checklist item may have. */
    public List<Person> getMembers() {
        if (members == null) {
            members = getProposal() == null ? List.of() : workspaceChecklist.members(currentPerson.viewer(), id);
        }
        return members;
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
}

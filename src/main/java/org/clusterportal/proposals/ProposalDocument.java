package org.clusterportal.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.people.Person;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.persistence.BaseEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A document of a proposal's workspace (the application form, the budget, a letter): a history of versions
 * ({@link ProposalDocumentVersion}, read by query so that no cached list hides one), each a file with who
 * uploaded it and when. A new version never replaces an old one. Its number comes from
 * {@link #versionCount}, raised while the service holds this row locked, so two partners uploading at once
 * get two numbers (the database's unique (document, number) is the last guard). Its author is read in one
 * batch with the other documents' ({@link BatchFetch}).
 */
@Entity
@Table(name = "proposal_document")
public class ProposalDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 300;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private ProjectProposal proposal;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Person createdBy;

    @Column(name = "version_count", nullable = false)
    private int versionCount;

    protected ProposalDocument() {
        // for JPA
    }

    ProposalDocument(ProjectProposal proposal, String title, Person createdBy) {
        this.proposal = proposal;
        this.title = title;
        this.createdBy = createdBy;
    }

    /** The next version: the caller holds this row locked (or it is new) and persists the version. */
    ProposalDocumentVersion addVersion(StoredFile file, String fileName, Person uploadedBy, Instant now) {
        versionCount++;
        return new ProposalDocumentVersion(this, versionCount, file, fileName, uploadedBy, now);
    }

    public ProjectProposal getProposal() {
        return proposal;
    }

    public String getTitle() {
        return title;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public int getVersionCount() {
        return versionCount;
    }
}

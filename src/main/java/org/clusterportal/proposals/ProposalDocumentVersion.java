package org.clusterportal.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.persistence.BaseEntity;

/** One version of a workspace document: a file in the file store, numbered, with who uploaded it and when. */
@Entity
@Table(name = "proposal_document_version")
public class ProposalDocumentVersion extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private ProposalDocument document;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 36, updatable = false)
    private String storageKey;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "uploaded_by", nullable = false, updatable = false)
    private Person uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ProposalDocumentVersion() {
        // for JPA
    }

    ProposalDocumentVersion(ProposalDocument document, int number, StoredFile file, String fileName, Person uploadedBy,
            Instant uploadedAt) {
        this.document = document;
        this.number = number;
        this.fileName = fileName;
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.key();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public StoredFile storedFile() {
        return new StoredFile(storageKey, contentType, size, sha256);
    }

    public ProposalDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Person getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

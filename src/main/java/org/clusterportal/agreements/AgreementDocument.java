package org.clusterportal.agreements;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.people.Person;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * The text of an agreement or an annex, as a file in the file store. Seen by whoever may see the agreement,
 * added and removed by its coordinators and admins. A document is not edited: a new version is a new upload.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 300;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementDocumentKind kind;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = FileNames.LENGTH)
    @Column(name = "file_name", nullable = false, length = FileNames.LENGTH)
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

    protected AgreementDocument() {
        // for JPA
    }

    public AgreementDocument(Agreement agreement, AgreementDocumentKind kind, String title, String fileName,
            StoredFile file, Person uploadedBy, Instant uploadedAt) {
        this.agreement = agreement;
        this.kind = kind;
        this.title = title;
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

    public Agreement getAgreement() {
        return agreement;
    }

    public AgreementDocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
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

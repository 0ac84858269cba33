package org.clusterportal.offers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.persistence.BaseEntity;

/** A file attached to an offer: downloaded only by those who may see the offer. */
@Entity
@Table(name = "offer_attachment")
public class OfferAttachment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

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

    @ManyToOne(optional = false)
    @JoinColumn(name = "uploaded_by", nullable = false, updatable = false)
    private Person uploadedBy;

    protected OfferAttachment() {
        // for JPA
    }

    OfferAttachment(Offer offer, String fileName, StoredFile file, Person uploadedBy) {
        this.offer = offer;
        this.fileName = fileName;
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.key();
        this.uploadedBy = uploadedBy;
    }

    public StoredFile storedFile() {
        return new StoredFile(storageKey, contentType, size, sha256);
    }

    public Offer getOffer() {
        return offer;
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
}

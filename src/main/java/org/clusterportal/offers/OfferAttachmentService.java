package org.clusterportal.offers;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.files.AcceptedFiles;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.security.Viewer;

/**
 * Files attached to an offer: added and removed by its organisation's people, downloaded by whoever sees the
 * offer.
 */
@Stateless
public class OfferAttachmentService {

    /**
     * PDF, images and office documents (OLE2 and OOXML containers, OpenDocument), by their content, at most
     * 10 MB each; at most {@link #MAX_ATTACHMENTS} per offer.
     */
    static final AcceptedFiles ATTACHMENTS = new AcceptedFiles(List.of("application/pdf", "image/png", "image/jpeg",
            "image/webp", "application/x-tika-msoffice", "application/x-tika-ooxml", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation"),
            10L * 1024 * 1024, "offer.attachment.wrongType");

    static final int MAX_ATTACHMENTS = 10;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OfferService offers;

    @Inject
    private FileStore fileStore;

    @Inject
    private AuditLog auditLog;

    public List<OfferAttachment> attachmentsOf(@NotNull Offer offer) {
        return entityManager.createQuery("select f from OfferAttachment f where f.offer = :offer order by f.created, f.id",
                OfferAttachment.class).setParameter("offer", offer).getResultList();
    }

    /** Attaches a file (checked by its content) to an offer of the viewer's organisation. */
    public OfferAttachment attach(@NotNull Viewer viewer, @NotNull Long offerId, String fileName, InputStream content) {
        Offer offer = offers.editable(viewer, offerId);
        if (content == null) {
            throw BusinessException.onField("file", "file.required");
        }
        long attached = entityManager.createQuery("select count(f) from OfferAttachment f where f.offer = :offer", Long.class)
                .setParameter("offer", offer).getSingleResult();
        if (attached >= MAX_ATTACHMENTS) {
            throw BusinessException.onField("file", "offer.attachment.tooMany", MAX_ATTACHMENTS);
        }
        StoredFile file = fileStore.store(content, ATTACHMENTS, "file");
        OfferAttachment attachment = new OfferAttachment(offer, FileNames.forContent(fileName, "attachment", file.contentType()), file,
                entityManager.find(Person.class, viewer.personId()));
        entityManager.persist(attachment);
        return attachment;
    }

    public void detach(@NotNull Viewer viewer, @NotNull Long attachmentId) {
        OfferAttachment attachment = entityManager.find(OfferAttachment.class, attachmentId);
        if (attachment == null || !offers.canEdit(viewer, attachment.getOffer())) {
            throw auditLog.refusal(viewer, "Offer attachment " + attachmentId);
        }
        entityManager.remove(attachment);
        fileStore.deleteAfterCommit(attachment.storedFile().key());
    }

    /** The attachment as the viewer may download it: only if they may see its offer; never cached publicly. */
    public Optional<Download> download(@NotNull Viewer viewer, @NotNull Long attachmentId) {
        return Optional.ofNullable(entityManager.find(OfferAttachment.class, attachmentId))
                .filter(attachment -> offers.canSee(viewer, attachment.getOffer()))
                .map(attachment -> new Download(attachment.storedFile(), attachment.getFileName(), false));
    }
}

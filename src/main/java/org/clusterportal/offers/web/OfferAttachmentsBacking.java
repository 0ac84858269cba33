package org.clusterportal.offers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.OfferAttachmentService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.primefaces.model.file.UploadedFile;

/** offers/view.xhtml, forms {@code attachmentForm} and {@code attachmentsForm}: the owner's side attaches and removes files. */
@Named
@RequestScoped
public class OfferAttachmentsBacking {

    @Inject
    private OfferAttachmentService attachmentService;

    @Inject
    private ViewOfferBacking page;

    @Inject
    private CurrentPerson currentPerson;

    private UploadedFile file;

    /** Attaches the chosen file; a refusal (type by content, size) shows next to the field. */
    public String attach() {
        Long id = page.getId();
        try {
            if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
                attachmentService.attach(currentPerson.viewer(), id, null, null);
            }
            else {
                try (InputStream content = file.getInputStream()) {
                    attachmentService.attach(currentPerson.viewer(), id, file.getFileName(), content);
                }
            }
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "attachmentForm");
            return null;
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        Feedback.info("offer.attachment.added");
        return ViewOfferBacking.again(id);
    }

    public String detach(Long attachmentId) {
        return ViewOfferBacking.act(page.getId(), () -> attachmentService.detach(currentPerson.viewer(), attachmentId),
                "offer.attachment.removed", "attachmentsForm");
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

package org.clusterportal.offers.web;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import org.clusterportal.offers.OfferAttachmentService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.DownloadServlet;

/** {@code /files/offer-attachments/<id>}: an offer's attachment, for whoever may see the offer; 404 for everybody else. */
@WebServlet(OfferAttachmentServlet.PATH + "/*")
public class OfferAttachmentServlet extends DownloadServlet {

    public static final String PATH = "/files/offer-attachments";

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferAttachmentService attachmentService;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return attachmentService.download(currentPerson.viewer(), id);
    }
}

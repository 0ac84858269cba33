package org.clusterportal.agreements.web;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import org.clusterportal.agreements.AgreementDocumentService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.DownloadServlet;

/**
 * {@code /files/agreement-documents/<id>}: an agreement's document, for whoever may see the agreement (visitors
 * too, when it is public); 404 for everybody else.
 */
@WebServlet(AgreementDocumentServlet.PATH + "/*")
public class AgreementDocumentServlet extends DownloadServlet {

    public static final String PATH = "/files/agreement-documents";

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementDocumentService documentService;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return documentService.download(currentPerson.viewer(), id);
    }
}

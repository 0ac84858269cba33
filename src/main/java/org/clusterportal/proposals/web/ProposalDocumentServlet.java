package org.clusterportal.proposals.web;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.DownloadServlet;
import org.clusterportal.proposals.WorkspaceDocuments;

/**
 * {@code /files/proposal-documents/<version id>}: one version of a workspace document, for the people of the
 * proposal's accepted partners and admins; 404 for everybody else, visitors included.
 */
@WebServlet(ProposalDocumentServlet.PATH + "/*")
public class ProposalDocumentServlet extends DownloadServlet {

    public static final String PATH = "/files/proposal-documents";

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkspaceDocuments workspaceDocuments;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return workspaceDocuments.download(currentPerson.viewer(), id);
    }
}

package org.clusterportal.organisations.web;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import org.clusterportal.organisations.OrganisationLogos;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.DownloadServlet;

/**
 * {@code /files/logos/<organisation id>}: an organisation's logo, public once the organisation is approved; a
 * proposal's only for those who see the proposal; 404 for everybody else.
 */
@WebServlet(LogoServlet.PATH + "/*")
public class LogoServlet extends DownloadServlet {

    public static final String PATH = "/files/logos";

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationLogos organisationLogos;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return organisationLogos.logo(currentPerson.viewer(), id);
    }
}

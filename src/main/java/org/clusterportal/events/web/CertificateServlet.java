package org.clusterportal.events.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clusterportal.events.Certificate;
import org.clusterportal.events.CertificatePdf;
import org.clusterportal.events.CertificateService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.Language;
import org.clusterportal.platform.files.FileNames;

/**
 * {@code /events/certificate.pdf?id=}: a certificate of attendance as PDF, in its holder's language (the browser's
 * while they have chosen none), for its
 * holder, the event's organisers and admins (under /events/, which web.xml keeps for members). Anyone else, an
 * unknown id or a certificate no longer valid gets 404: to them it does not exist.
 */
@WebServlet(urlPatterns = "/events/certificate.pdf")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateService certificates;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Certificate> found = EventFilesServlet.id(request).flatMap(id -> certificates.readable(currentPerson.viewer(), id));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificatePdf.Content content = CertificatePdf.contentOf(found.get(),
                Language.of(request.getLocale().toLanguageTag()).orElse(Language.EN).locale());
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", FileNames.attachment("certificate-" + content.number() + ".pdf"));
        CertificatePdf.write(content, response.getOutputStream());
    }
}

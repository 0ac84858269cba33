package org.clusterportal.platform.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.clusterportal.platform.web.PortalAddress;
import org.clusterportal.platform.web.SameOrigin;

import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Ends both sessions: the portal's, then Keycloak's (RP-initiated logout with the ID token as hint, so Keycloak
 * asks no confirmation), and comes back to the public home page. POST only, so no page can log a person out by
 * embedding a link, and from the portal's own pages only ({@link SameOrigin}), so no other site can by a form.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!SameOrigin.isSameOrigin(request)) {
            // A form on another site (or another port of this host): refused, and written to the audit log by
            // the 403 page like every refusal.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // The configured address, not the request's Host: it goes to Keycloak as the way back.
        String home = PortalAddress.base();
        if (request.getSession(false) == null) {
            // Nobody is logged in without a session: nothing to end, and no cookie to touch.
            response.sendRedirect(home);
            return;
        }
        String idToken = request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                ? principal.getOidcSecurityContext().getIDTokenString()
                : null;
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String endSession = OidcConfiguration.get().getLogoutUrl();
        if (idToken == null || endSession == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(endSession + "?id_token_hint=" + encode(idToken) + "&post_logout_redirect_uri="
                + encode(home));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

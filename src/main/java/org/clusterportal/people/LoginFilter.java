package org.clusterportal.people;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.clusterportal.platform.security.LoginServlet;
import org.omnifaces.util.Servlets;

import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Turns a fresh login into the portal's own record: at the first request of a signed-in session the person is
 * created or updated from the token's claims, {@link CurrentPerson} learns who it is, and the session gets a new
 * id (WildFly's OIDC client keeps the one it had before the login).
 * <p>
 * It also makes a change of roles take effect at the person's next request: when an administrator changed
 * their roles or account after this session began, the session ends and the person goes through {@code /login}
 * again, which Keycloak answers silently while its own session lasts (with a token carrying the new roles) or
 * with its login page when the administrator ended that too.
 */
@WebFilter(filterName = "LoginFilter") // mapped in web.xml, where the order of filters is set
public class LoginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(LoginFilter.class.getName());
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private PersonService personService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (rolesChanged(request)) {
            restartSession(request, response);
            return;
        }
        claimsOf(request).ifPresent(claims -> {
            if (!currentPerson.isLoggedInAs(claims.subject())) {
                // One session, one login at a time: parallel first requests must not create the person twice.
                synchronized (request.getSession().getId().intern()) {
                    if (!currentPerson.isLoggedInAs(claims.subject())) {
                        Person person = personService.logIn(claims);
                        currentPerson.loggedIn(person);
                        // A session id known before the login (a visitor's, or one planted in the browser by a
                        // page on another port of the host) must not become a signed-in session: a new id.
                        request.changeSessionId();
                    }
                }
            }
        });
        chain.doFilter(request, response);
    }

    /** Resources (scripts, styles) are not asked: they carry no role, and a page asks anyway. */
    private boolean rolesChanged(HttpServletRequest request) {
        return currentPerson.isLoggedIn() && request.getDispatcherType() == DispatcherType.REQUEST
                && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)
                && personService.rolesChangedSince(currentPerson.findId().orElseThrow(), currentPerson.since());
    }

    private void restartSession(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        LOG.info(() -> "The roles of person " + currentPerson.findId().orElseThrow() + " changed: session renewed");
        String next = "GET".equals(request.getMethod())
                ? request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getRequestURI().substring(request.getContextPath().length());
        // Only the portal's session (where the OIDC client keeps the tokens): request.logout() would also end
        // Keycloak's session, and with it the silent login that brings the new roles.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // Keycloak's round trip keeps no query string of /login: the new session carries the page to come back to.
        request.getSession(true).setAttribute(LoginServlet.NEXT, next);
        // An ajax request gets a redirect it understands (a partial response), any other a plain one.
        Servlets.facesRedirect(request, response, request.getContextPath() + "/login");
    }

    private static Optional<AccountClaims> claimsOf(HttpServletRequest request) {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return Optional.empty();
        }
        AccessToken token = principal.getOidcSecurityContext().getToken();
        Object locale = token.getClaimValue("locale");
        return Optional.of(new AccountClaims(token.getSubject(), token.getPreferredUsername(), token.getGivenName(),
                token.getFamilyName(), token.getEmail(), locale == null ? null : locale.toString()));
    }
}

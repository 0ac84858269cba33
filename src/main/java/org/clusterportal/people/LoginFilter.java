package org.clusterportal.people;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Turns a fresh login into the portal's own record: at the first request of a signed-in session the person is
 * created or updated from the token's claims, and {@link CurrentPerson} learns who it is.
 */
@WebFilter(filterName = "LoginFilter") // mapped in web.xml, where the order of filters is set
public class LoginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private PersonService personService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        claimsOf(request).ifPresent(claims -> {
            if (!currentPerson.isLoggedInAs(claims.subject())) {
                // One session, one login at a time: parallel first requests must not create the person twice.
                synchronized (request.getSession().getId().intern()) {
                    if (!currentPerson.isLoggedInAs(claims.subject())) {
                        Person person = personService.logIn(claims);
                        currentPerson.loggedIn(person);
                    }
                }
            }
        });
        chain.doFilter(request, response);
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

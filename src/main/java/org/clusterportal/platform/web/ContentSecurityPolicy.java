package org.clusterportal.platform.web;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import org.clusterportal.platform.PortalSettings;

/**
 * The one place the portal's Content-Security-Policy is written. Everything comes from the portal itself
 * ({@code default-src 'self'}), with what PrimeFaces needs: inline styles (its widgets set {@code style}
 * attributes) and {@code data:} images and fonts (its theme). Forms post to the portal or to Keycloak (logging out
 * ends with a redirect there), nothing frames the portal, and there are no plugins.
 * <p>
 * {@code script-src} comes last because PrimeFaces appends the request's nonce to the policy it is given
 * ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY}, which this class sets as the application starts:
 * web.xml must not name it) and writes the header of each Faces page itself. {@link SecurityHeadersFilter} sends the
 * same policy without a nonce on every other response, and lets the page's replace it, so a page carries exactly one
 * policy. The server's own responses (the redirect to Keycloak, its 404 for {@code /WEB-INF/}) get a stricter
 * one from the server's configuration (configure-server.cli).
 * <p>
 * Registered as a {@link ServletContainerInitializer} (META-INF/services): an initialisation parameter can only be
 * set before the application's listeners run, and PrimeFaces reads its configuration while Faces starts.
 */
public class ContentSecurityPolicy implements ServletContainerInitializer {

    /** PrimeFaces' parameter for the policy it completes with its nonce. */
    static final String PRIMEFACES_POLICY = "primefaces.CSP_POLICY";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (!context.setInitParameter(PRIMEFACES_POLICY, forPages())) {
            throw new IllegalStateException(PRIMEFACES_POLICY + " is set elsewhere (web.xml?): the policy is written in "
                    + ContentSecurityPolicy.class.getName() + " only");
        }
    }

    /** The policy, ending with {@code script-src 'self'} for PrimeFaces to append its nonce to. */
    public static String forPages() {
        return of(PortalSettings.OIDC_PROVIDER_URL.get());
    }

    static String of(String identityProvider) {
        return "default-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "form-action 'self' " + origin(identityProvider) + "; "
                + "frame-ancestors 'none'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "script-src 'self'";
    }

    /** {@code scheme://host[:port]} of an address: what a CSP source names. */
    static String origin(String address) {
        URI uri = URI.create(address.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute address: " + address);
        }
        return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}

package org.clusterportal.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Headers every response of the portal carries (the server adds its own to the responses the portal never sees:
 * configure-server.cli). The Content-Security-Policy is {@link ContentSecurityPolicy}'s; on a Faces page PrimeFaces
 * sends it again completed with its nonce, and that one replaces this one: two policies would both apply, and the
 * one without the nonce would block the page's scripts.
 * Pages are never stored by the browser: after logout, the back button must not show private content.
 */
@WebFilter(filterName = "SecurityHeadersFilter") // mapped in web.xml, where the order of filters is set
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "Content-Security-Policy";

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(POLICY, ContentSecurityPolicy.forPages());
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response whose Content-Security-Policy, once added again (PrimeFaces adds its own), replaces the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            }
            else {
                super.addHeader(name, value);
            }
        }
    }
}

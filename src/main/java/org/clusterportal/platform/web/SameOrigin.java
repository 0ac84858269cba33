package org.clusterportal.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request that changes something comes from the portal's own pages, told by the browser: its
 * {@code Sec-Fetch-Site} header, else its {@code Origin}. A page on another site, or on another port of this host
 * ("same-site": cookies ignore ports), cannot post a logout or choose a stored language for the person.
 * <p>
 * A request carrying neither header is let through: every browser of the last years sends {@code Origin} with a
 * cross-origin POST and {@code Sec-Fetch-Site} with every request, so only other clients send none.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * True for a request from the portal's own pages; for a GET also for one the person started themselves (an
     * address typed or bookmarked: {@code Sec-Fetch-Site: none}).
     */
    public static boolean isSameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site) || "none".equals(site) && "GET".equals(request.getMethod());
        }
        String origin = request.getHeader("Origin");
        return origin == null || origin.equalsIgnoreCase(originOf(request.getRequestURL().toString()));
    }

    /** {@code scheme://host[:port]} of an address, the port only when it is not the scheme's default. */
    static String originOf(String address) {
        URI uri = URI.create(address);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 && "http".equals(uri.getScheme()) || port == 443 && "https".equals(uri.getScheme());
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }
}

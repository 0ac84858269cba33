package org.clusterportal.platform.web;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.clusterportal.platform.PortalSettings;

/**
 * The one place that writes the portal's absolute addresses (feeds, e-mails, iCal UIDs, the address of a
 * person's calendar): always from the configured {@code PORTAL_BASE_URL}, never from the request. A request's
 * {@code Host} header is the client's to choose, and the public feeds are cacheable: a forged one would put
 * another site's links into every reader's copy.
 * <p>
 * A bean only so that pages can show an address ({@code #{portalAddress.of('/…')}}); Java calls the static methods.
 */
@Named
@ApplicationScoped
public class PortalAddress {

    /** The portal's address ending in {@code /}. */
    public static String base() {
        String base = PortalSettings.BASE_URL.get().strip();
        return base.endsWith("/") ? base : base + "/";
    }

    /** The absolute address of a path of the portal ({@code /events/view.xhtml?id=1} or without the slash). */
    public static String absolute(String path) {
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The host of the portal's address: names iCal UIDs and Message-IDs. */
    public static String host() {
        String host = URI.create(base()).getHost();
        return host == null || host.isBlank() ? "localhost" : host;
    }

    /** {@link #absolute(String)} for pages. */
    public String of(String path) {
        return absolute(path);
    }
}

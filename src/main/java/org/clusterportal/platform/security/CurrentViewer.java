package org.clusterportal.platform.security;

/**
 * Who is asking in the current request, for the platform's own pages (the error pages). People implement it
 * with the signed-in person; the platform must not import them.
 */
public interface CurrentViewer {

    Viewer viewer();
}

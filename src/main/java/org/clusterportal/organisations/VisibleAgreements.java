package org.clusterportal.organisations;

import java.util.List;

import org.clusterportal.platform.security.Viewer;

/**
 * The ids of the agreements a viewer may see, never empty, for the directory's agreement filter. The agreements
 * implement it: they stand on organisations, and organisations must not import them.
 */
public interface VisibleAgreements {

    List<Long> idsFor(Viewer viewer);
}

package org.clusterportal.platform.security;

import jakarta.ejb.ApplicationException;

/**
 * A person asked for something the access rule does not allow them, typically by typing a URL or replaying a
 * request with another id. Shown as the 403 page; nothing is changed.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super(what);
    }
}

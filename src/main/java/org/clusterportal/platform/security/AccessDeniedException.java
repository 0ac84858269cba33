package org.clusterportal.platform.security;

import jakarta.ejb.ApplicationException;

/**
 * A person asked for something the access rule does not allow them, typically by typing a URL or replaying a
 * request with another id. Shown as the 403 page; nothing is changed.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the refusal is in the audit log already (written where it was refused). */
    private final boolean audited;

    public AccessDeniedException(String what) {
        this(what, false);
    }

    private AccessDeniedException(String what, boolean audited) {
        super(what);
        this.audited = audited;
    }

    /** A refusal its thrower has written to the audit log. */
    public static AccessDeniedException audited(String what) {
        return new AccessDeniedException(what, true);
    }

    public boolean isAudited() {
        return audited;
    }
}

package org.clusterportal.platform.security;

import java.io.Serializable;
import java.util.Optional;

/**
 * Who asks, as the server knows it (never from request parameters): the signed-in person's id, or none for a
 * visitor, and whether they hold the global admin role. Every service method that reads or changes something
 * a person may not see takes one.
 */
public record Viewer(Long personId, boolean admin) implements Serializable {

    public static final Viewer VISITOR = new Viewer(null, false);

    public Optional<Long> findPersonId() {
        return Optional.ofNullable(personId);
    }

    public boolean isVisitor() {
        return personId == null;
    }
}

package org.clusterportal.platform.faces;

import java.util.Optional;
import java.util.function.Function;

/**
 * A page asked for something that does not exist, or that the person may not see (to them it does not
 * exist): the 404 page, with status 404 ({@code web.xml} maps it, {@link ErrorBacking} sets the status). The one
 * way a backing bean loads its subject by id: {@code offer = NotFoundException.unless(id, id -> offers.find(viewer, id));}
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }

    /** What {@code find} found for the id, or this exception when there is no id or nothing visible under it. */
    public static <T> T unless(Long id, Function<Long, Optional<T>> find) {
        return Optional.ofNullable(id).flatMap(find).orElseThrow(() -> new NotFoundException("Nothing visible under id " + id));
    }

    /** The same for a subject named by a text key (a Keycloak account id); a blank key is no key. */
    public static <T> T unless(String key, Function<String, Optional<T>> find) {
        return Optional.ofNullable(key).filter(text -> !text.isBlank()).flatMap(find)
                .orElseThrow(() -> new NotFoundException("Nothing visible under key " + key));
    }
}

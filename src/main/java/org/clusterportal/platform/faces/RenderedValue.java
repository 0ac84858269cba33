package org.clusterportal.platform.faces;

import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;

/**
 * What a page only shows (no input depends on it), computed once when the page is rendered. Faces visits
 * {@code ui:repeat} values and {@code rendered=} conditions in every phase of a postback, before the submitted
 * filters are applied: a value cached then would show the previous filters. Before rendering this answers
 * {@code idle} and asks nothing of the database.
 */
public final class RenderedValue<T> {

    private final Supplier<T> compute;
    private final T idle;
    private T value;

    public RenderedValue(Supplier<T> compute, T idle) {
        this.compute = compute;
        this.idle = idle;
    }

    public T get() {
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return idle;
        }
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}

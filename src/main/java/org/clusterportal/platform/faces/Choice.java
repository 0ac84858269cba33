package org.clusterportal.platform.faces;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something a picker offers or holds: its id and the label it is shown by, nothing more, so a bean keeps a few
 * bytes rather than an entity graph. The id is what a service acts on (and checks); the label only shows the
 * pick. A JavaBean, not a record: EL reads only JavaBean properties. {@link ChoiceConverter} writes it into the page.
 */
public class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String label;

    public Choice(Long id, String label) {
        this.id = Objects.requireNonNull(id);
        this.label = label == null ? "" : label;
    }

    /** The id of the choice, or null when there is none. */
    public static Long idOf(Choice choice) {
        return choice == null ? null : choice.id;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && id.equals(choice.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + ":" + label;
    }
}

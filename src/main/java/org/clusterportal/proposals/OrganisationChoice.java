package org.clusterportal.proposals;

import java.io.Serializable;
import java.util.Objects;

/**
 * An organisation as a picker offers it: its id and its name, nothing more, so a page keeps a few bytes rather
 * than an entity graph. A JavaBean, not a record: EL reads only JavaBean properties.
 */
public class OrganisationChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;

    public OrganisationChoice(Long id, String name) {
        this.id = Objects.requireNonNull(id);
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationChoice choice && id.equals(choice.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

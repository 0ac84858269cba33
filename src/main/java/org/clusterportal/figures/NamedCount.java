package org.clusterportal.figures;

import java.io.Serializable;

/** A name and a number: a bar of a chart and a row of its table. */
public record NamedCount(String name, long count) implements Serializable {

    public String getName() {
        return name;
    }

    public long getCount() {
        return count;
    }
}

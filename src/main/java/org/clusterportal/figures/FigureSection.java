package org.clusterportal.figures;

import java.io.Serializable;
import java.util.List;

/** A group of figures under one heading ({@code figures.section.<key>}): offers, interests, events, proposals, cooperation. */
public record FigureSection(String key, List<FigureRow> rows) implements Serializable {

    public String getKey() {
        return key;
    }

    public List<FigureRow> getRows() {
        return rows;
    }
}

package org.clusterportal.figures;

import java.io.Serializable;

/**
 * One figure of a sheet: its key (label {@code figures.<key>}, definition {@code figures.<key>.definition}), this
 * period's value and the previous period's. A share is a fraction or null (nothing to divide by), a count a whole number.
 */
public final class FigureRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final boolean share;
    private final Number value;
    private final Number previous;

    private FigureRow(String key, boolean share, Number value, Number previous) {
        this.key = key;
        this.share = share;
        this.value = value;
        this.previous = previous;
    }

    static FigureRow count(String key, long value, long previous) {
        return new FigureRow(key, false, value, previous);
    }

    static FigureRow share(String key, Double value, Double previous) {
        return new FigureRow(key, true, value, previous);
    }

    public String getKey() {
        return key;
    }

    public boolean isShare() {
        return share;
    }

    public Number getValue() {
        return value;
    }

    public Number getPrevious() {
        return previous;
    }

    /**
     * The change since the previous period: for a count the fraction of the previous value (null from zero), for
     * a share the difference in percentage points as a fraction (null when either is unknown).
     */
    public Double getChange() {
        if (share) {
            return value == null || previous == null ? null : value.doubleValue() - previous.doubleValue();
        }
        return Shares.change(value.longValue(), previous.longValue());
    }
}

package org.clusterportal.figures;

/** Shares and changes as the pages show them: none at all, rather than a made-up 0 %, when nothing was counted. */
public final class Shares {

    private Shares() {
    }

    /** {@code part / whole} as a fraction, or null when the whole is zero. */
    public static Double of(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The change from the previous period's value to this one's, as a fraction of the previous; null when it was zero. */
    public static Double change(long now, long before) {
        return before == 0 ? null : (double) (now - before) / before;
    }
}

package org.clusterportal.offers;

import java.time.LocalDate;

/**
 * What a renewal did, so the page says it: six months more, only up to the longest allowed date, or nothing
 * because the offer already runs to that date.
 */
public record Renewal(Outcome outcome, LocalDate validUntil) {

    public enum Outcome {
        /** Valid {@link Offer#DEFAULT_MONTHS} months longer. */
        EXTENDED,
        /** Valid longer, but less than six months: it stops at {@link Offer#MAX_MONTHS} months from today. */
        CAPPED,
        /** Already at the longest allowed date: unchanged. */
        AT_LIMIT
    }
}

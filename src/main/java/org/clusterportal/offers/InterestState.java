package org.clusterportal.offers;

/**
 * Where an expression of interest stands, as both sides see it. The owner moves it forward (new → answered →
 * meeting arranged → agreement reached) or declines it; agreement reached and declined are final.
 */
public enum InterestState {
    NEW,
    ANSWERED,
    MEETING_ARRANGED,
    AGREEMENT_REACHED,
    DECLINED;

    public boolean isFinal() {
        return this == AGREEMENT_REACHED || this == DECLINED;
    }

    /** An outcome the owner is asked about 3 and 6 months later. */
    public boolean isOutcome() {
        return this == MEETING_ARRANGED || this == AGREEMENT_REACHED;
    }

    /** Whether the owner may move an interest from this state to {@code next}. */
    public boolean canMoveTo(InterestState next) {
        if (isFinal() || next == NEW || next == this) {
            return false;
        }
        return next == DECLINED || next.ordinal() > ordinal();
    }
}

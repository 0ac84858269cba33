package org.clusterportal.offers;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** The counts of one agreement or organisation: offers, the interests they received and how those turned out. */
public class OfferFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final long offers;
    private final Map<InterestState, Long> interests = new EnumMap<>(InterestState.class);

    OfferFigures(long id, String name, long offers) {
        this.id = id;
        this.name = name;
        this.offers = offers;
    }

    void add(InterestState state, long count) {
        interests.merge(state, count, Long::sum);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getOffers() {
        return offers;
    }

    public long getInterests() {
        return interests.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Interests that are now in this state. */
    public long interestsIn(InterestState state) {
        return interests.getOrDefault(state, 0L);
    }

    public long getMeetings() {
        return interestsIn(InterestState.MEETING_ARRANGED);
    }

    public long getAgreementsReached() {
        return interestsIn(InterestState.AGREEMENT_REACHED);
    }

    public long getDeclined() {
        return interestsIn(InterestState.DECLINED);
    }
}

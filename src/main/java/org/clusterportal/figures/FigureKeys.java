package org.clusterportal.figures;

import java.util.List;

/**
 * The names of the figures: each is also the bundle key the bundle key of its label, and {@code <key>.definition}
 * that of its definition, and a row of the exports.
 */
public final class FigureKeys {

    public static final String OFFERS = "figures.offers.published";
    public static final String OFFERS_OFFER = "figures.offers.offers";
    public static final String OFFERS_REQUEST = "figures.offers.requests";
    public static final String OFFERS_JOINT = "figures.offers.joint";
    public static final String INTERESTS_SENT = "figures.interests.sent";
    public static final String INTERESTS_RECEIVED = "figures.interests.received";
    public static final String INTERESTS_ALL = "figures.interests.all";
    public static final String INTERESTS_ANSWERED = "figures.interests.answered";
    public static final String INTERESTS_MEETINGS = "figures.interests.meetings";
    public static final String INTERESTS_AGREEMENTS = "figures.interests.agreements";
    public static final String INTERESTS_DECLINED = "figures.interests.declined";
    public static final String INTERESTS_AGREEMENT_SHARE = "figures.interests.agreementShare";
    public static final String EVENTS = "figures.events.held";
    public static final String EVENTS_SEATS = "figures.events.seats";
    public static final String EVENTS_REGISTRATIONS = "figures.events.registrations";
    public static final String EVENTS_ATTENDANCE = "figures.events.attendance";
    public static final String EVENTS_OUTSIDE = "figures.events.outside";
    public static final String EVENTS_OUTSIDE_SHARE = "figures.events.outsideShare";
    public static final String PROPOSALS_STARTED = "figures.proposals.started";
    public static final String PROPOSALS_SUBMITTED = "figures.proposals.submitted";
    public static final String PROPOSALS_FUNDED = "figures.proposals.funded";
    public static final String PROPOSALS_REJECTED = "figures.proposals.rejected";
    public static final String PROPOSALS_SUCCESS = "figures.proposals.successRate";
    public static final String LINKS = "figures.cooperation.links";
    public static final String MEMBERS_ACTIVE = "figures.cooperation.activeMembers";
    public static final String MEMBERS_ALL = "figures.cooperation.members";
    public static final String MEMBERS_ACTIVE_SHARE = "figures.cooperation.activeShare";
    public static final String COUNTRIES = "figures.cooperation.countries";

    /** The kinds of the monthly activity chart, stacked in this order. */
    public static final List<String> ACTIVITY_KINDS = List.of(OFFERS, INTERESTS_ALL, EVENTS, PROPOSALS_STARTED);

    /** {@code events.type.<TYPE>}: events held of one type. */
    public static String eventsOfType(Enum<?> type) {
        return "figures.events.type." + type.name();
    }

    private FigureKeys() {
    }
}

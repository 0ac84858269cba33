package org.clusterportal.figures;

import java.util.List;

/**
 * The names of the figures: each is also the bundle key {@code figures.<key>} of its label and
 * {@code figures.<key>.definition} of its definition, and a row of the exports.
 */
public final class FigureKeys {

    public static final String OFFERS = "offers.published";
    public static final String OFFERS_OFFER = "offers.offers";
    public static final String OFFERS_REQUEST = "offers.requests";
    public static final String OFFERS_JOINT = "offers.joint";
    public static final String INTERESTS_SENT = "interests.sent";
    public static final String INTERESTS_RECEIVED = "interests.received";
    public static final String INTERESTS_ALL = "interests.all";
    public static final String INTERESTS_ANSWERED = "interests.answered";
    public static final String INTERESTS_MEETINGS = "interests.meetings";
    public static final String INTERESTS_AGREEMENTS = "interests.agreements";
    public static final String INTERESTS_DECLINED = "interests.declined";
    public static final String INTERESTS_AGREEMENT_SHARE = "interests.agreementShare";
    public static final String EVENTS = "events.held";
    public static final String EVENTS_SEATS = "events.seats";
    public static final String EVENTS_REGISTRATIONS = "events.registrations";
    public static final String EVENTS_ATTENDANCE = "events.attendance";
    public static final String EVENTS_OUTSIDE = "events.outside";
    public static final String EVENTS_OUTSIDE_SHARE = "events.outsideShare";
    public static final String PROPOSALS_STARTED = "proposals.started";
    public static final String PROPOSALS_SUBMITTED = "proposals.submitted";
    public static final String PROPOSALS_FUNDED = "proposals.funded";
    public static final String PROPOSALS_REJECTED = "proposals.rejected";
    public static final String PROPOSALS_SUCCESS = "proposals.successRate";
    public static final String LINKS = "cooperation.links";
    public static final String MEMBERS_ACTIVE = "cooperation.activeMembers";
    public static final String MEMBERS_ALL = "cooperation.members";
    public static final String MEMBERS_ACTIVE_SHARE = "cooperation.activeShare";
    public static final String COUNTRIES = "cooperation.countries";

    /** The kinds of the monthly activity chart, stacked in this order. */
    public static final List<String> ACTIVITY_KINDS = List.of(OFFERS, INTERESTS_ALL, EVENTS, PROPOSALS_STARTED);

    /** {@code events.type.<TYPE>}: events held of one type. */
    public static String eventsOfType(Enum<?> type) {
        return "events.type." + type.name();
    }

    private FigureKeys() {
    }
}

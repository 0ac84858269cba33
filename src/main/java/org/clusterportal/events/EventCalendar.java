package org.clusterportal.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;

import org.clusterportal.platform.text.HeaderText;
import org.clusterportal.platform.text.RichText;
import org.clusterportal.platform.web.PortalAddress;

/**
 * Events as iCalendar (RFC 5545), written by ical4j: one VEVENT per event with a UID that never changes, the
 * SEQUENCE the event raises at every change and STATUS:CANCELLED once cancelled, so that subscribed calendars
 * update or remove it. Times are written in UTC.
 * <p>
 * In a person's own feed the entry follows their registration too: CONFIRMED with a seat, TENTATIVE while it
 * waits for the organiser's approval or on the waiting list, CANCELLED once they withdrew or were declined (kept,
 * not dropped, so that calendars remove the event). Every change of the registration raises the SEQUENCE as well
 * (the event's plus the registration's version), so that calendars take the new status.
 */
public final class EventCalendar {

    private static final String PRODUCT = "-//Cluster Cooperation Portal//Events//EN";

    private EventCalendar() {
    }

    /**
     * One entry: the event, its online link when the reader may see it ({@code null} otherwise), and the reader's
     * registration's state and version in a personal feed ({@code null} and 0 in a public one).
     */
    public record Entry(Event event, String onlineLink, RegistrationState registration, long registrationVersion) {

        public Entry(Event event, String onlineLink) {
            this(event, onlineLink, null, 0);
        }

        /** A person's registration in their feed; the online link only with a seat. */
        public static Entry of(Registration registration) {
            Event event = registration.getEvent();
            boolean seat = registration.getState() == RegistrationState.CONFIRMED;
            return new Entry(event, seat ? event.getOnlineLink() : null, registration.getState(), registration.getVersion());
        }

        String status() {
            if (event.getStatus() == EventStatus.CANCELLED || registration != null && !registration.isActive()) {
                return Status.VALUE_CANCELLED;
            }
            return registration == null || registration == RegistrationState.CONFIRMED ? Status.VALUE_CONFIRMED : Status.VALUE_TENTATIVE;
        }

        int sequence() {
            return Math.toIntExact(event.getSequence() + registrationVersion);
        }
    }

    /**
     * The calendar of these entries, its links to the portal's configured address ({@link PortalAddress}), whose
     * host names the UIDs ({@code event-<id>@<host>}).
     */
    public static String write(List<Entry> entries, String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        // An event's title may name the calendar: X-properties are written as given, so it must be one line.
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", HeaderText.line(name)));
        for (Entry entry : entries) {
            calendar.add(vevent(entry));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    public static String uid(Event event) {
        return "event-" + event.getId() + "@" + PortalAddress.host();
    }

    /** The address of the event's page. */
    public static String page(Event event) {
        return PortalAddress.absolute("events/view.xhtml?id=" + event.getId());
    }

    private static VEvent vevent(Entry entry) {
        Event event = entry.event();
        VEvent vevent = new VEvent(event.getStartsAt(), event.getEndsAt(), event.getTitle());
        vevent.add(new Uid(uid(event)));
        vevent.add(new Sequence(entry.sequence()));
        vevent.add(new Status(entry.status()));
        String page = page(event);
        vevent.add(new Url(URI.create(page)));
        if (event.getPlace() != null) {
            vevent.add(new Location(event.getPlace()));
        }
        else if (entry.onlineLink() != null) {
            vevent.add(new Location(entry.onlineLink()));
        }
        StringBuilder description = new StringBuilder(RichText.plainText(event.getDescription()));
        if (entry.onlineLink() != null) {
            description.append("\n\n").append(entry.onlineLink());
        }
        description.append("\n\n").append(page);
        vevent.add(new Description(description.toString().strip()));
        return vevent;
    }
}

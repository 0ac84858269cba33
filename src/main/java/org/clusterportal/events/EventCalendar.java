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

import org.clusterportal.platform.text.RichText;

/**
 * Events as iCalendar (RFC 5545), written by ical4j: one VEVENT per event with a UID that never changes, the
 * SEQUENCE the event raises at every change and STATUS:CANCELLED once cancelled, so that subscribed calendars
 * update or remove it. Times are written in UTC.
 */
public final class EventCalendar {

    private static final String PRODUCT = "-//Cluster Cooperation Portal//Events//EN";

    private EventCalendar() {
    }

    /** One entry: the event, and its online link when the reader may see it ({@code null} otherwise). */
    public record Entry(Event event, String onlineLink, boolean withdrawn) {

        public Entry(Event event, String onlineLink) {
            this(event, onlineLink, false);
        }
    }

    /**
     * The calendar of these entries. {@code portalUrl} is the portal's address ending in {@code /}; its host
     * names the UIDs ({@code event-<id>@<host>}).
     */
    public static String write(List<Entry> entries, String portalUrl, String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        String host = URI.create(portalUrl).getHost();
        for (Entry entry : entries) {
            calendar.add(vevent(entry, portalUrl, host));
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

    public static String uid(Event event, String host) {
        return "event-" + event.getId() + "@" + host;
    }

    private static VEvent vevent(Entry entry, String portalUrl, String host) {
        Event event = entry.event();
        VEvent vevent = new VEvent(event.getStartsAt(), event.getEndsAt(), event.getTitle());
        vevent.add(new Uid(uid(event, host)));
        vevent.add(new Sequence(event.getSequence()));
        vevent.add(new Status(event.getStatus() == EventStatus.CANCELLED || entry.withdrawn() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String page = portalUrl + "events/view.xhtml?id=" + event.getId();
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

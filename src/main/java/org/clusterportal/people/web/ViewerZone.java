package org.clusterportal.people.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.Person;
import org.omnifaces.util.Faces;

/**
 * The viewer's time zone: the one stored on the signed-in person (their browser's, stored the first time it was
 * known, or chosen in their profile), else the browser's as it reported it (zone.js keeps it in the cookie
 * {@code portal-tz}, from the first page a visitor opens), else Europe/Warsaw. The layout's footer says which zone
 * the page uses. Formats instants for the pages, in the viewer's zone or another.
 */
@Named
@RequestScoped
public class ViewerZone {

    public static final String COOKIE = "portal-tz";
    private static final ZoneId DEFAULT = ZoneId.of("Europe/Warsaw");

    @Inject
    private CurrentPerson currentPerson;

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            zone = currentPerson.storedZone().or(() -> {
                Optional<ZoneId> browsers = Person.zoneNamed(Faces.getRequestCookie(COOKIE));
                browsers.ifPresent(currentPerson::learnZone);
                return browsers;
            }).orElse(DEFAULT);
        }
        return zone;
    }

    public String getZoneId() {
        return getZone().getId();
    }

    /** Date and time of the instant in the viewer's zone, in their language. */
    public String format(Instant instant) {
        return format(instant, getZone().getId());
    }

    /** Date and time of the instant in the named zone, in the viewer's language. */
    public String format(Instant instant, String zoneId) {
        if (instant == null) {
            return "";
        }
        Locale locale = currentPerson.getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneId.of(zoneId)));
    }

    /** Only the time of day, for the end of an event on the same day. */
    public String time(Instant instant, String zoneId) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(currentPerson.getLocale()).format(instant.atZone(ZoneId.of(zoneId)));
    }

    public boolean sameDay(Instant a, Instant b, String zoneId) {
        ZoneId in = ZoneId.of(zoneId);
        return a.atZone(in).toLocalDate().equals(b.atZone(in).toLocalDate());
    }

    /** Whether the viewer's zone gives other times than the event's. */
    public boolean differs(Instant instant, String zoneId) {
        return !instant.atZone(ZoneId.of(zoneId)).getOffset().equals(instant.atZone(getZone()).getOffset());
    }
}

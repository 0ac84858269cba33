package org.clusterportal.events.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.clusterportal.events.CalendarFeeds;
import org.clusterportal.events.Event;
import org.clusterportal.events.EventCalendar;
import org.clusterportal.events.EventStatus;
import org.clusterportal.events.Registration;
import org.clusterportal.platform.text.RichText;
import org.clusterportal.platform.web.PortalAddress;

/**
 * Calendar feeds without a login (web.xml constrains nothing under /calendar/):
 * <ul>
 * <li>{@code /calendar/public.ics} and {@code /calendar/public.rss} — the public events, for signatories' websites;</li>
 * <li>{@code /calendar/my/<token>.ics} — the events a person registered for, at the secret address of their
 * calendar token (a renewed token makes the old address answer 404). Online links are in it only for a
 * confirmed seat.</li>
 * </ul>
 * Their links come from the configured address ({@link PortalAddress}), never from the request's {@code Host}:
 * the public feeds are cacheable by anyone.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final int PUBLIC_LIMIT = 200;
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/public.ics")) {
            List<EventCalendar.Entry> entries = publicEvents().stream().map(event -> new EventCalendar.Entry(event, null)).toList();
            calendar(response, EventCalendar.write(entries, "Cluster Cooperation Portal"), "public, max-age=300");
        }
        else if (path.equals("/public.rss")) {
            rss(response);
        }
        else if (path.matches("/my/[0-9a-f]{64}\\.ics")) {
            String token = path.substring("/my/".length(), path.length() - ".ics".length());
            List<Registration> registrations = feeds.feedOf(token);
            if (registrations.isEmpty() && !feeds.isCalendarToken(token)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            List<EventCalendar.Entry> entries = registrations.stream().map(EventCalendar.Entry::of).toList();
            calendar(response, EventCalendar.write(entries, "Cluster Cooperation Portal"), "private, no-store");
        }
        else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private List<Event> publicEvents() {
        return feeds.publicEvents(Instant.now().minus(30, ChronoUnit.DAYS), PUBLIC_LIMIT);
    }

    private static void calendar(HttpServletResponse response, String text, String cache) throws IOException {
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", cache);
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** RSS 2.0 through Rome: one item per public event, newest changes included, cancelled ones marked. */
    private void rss(HttpServletResponse response) throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle("Cluster Cooperation Portal");
        feed.setLink(PortalAddress.base());
        feed.setDescription("Trainings, seminars, conferences, workshops, internships and meetings open to everybody");
        feed.setEntries(publicEvents().stream().map(event -> {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle((event.getStatus() == EventStatus.CANCELLED ? "[cancelled] " : "") + event.getTitle());
            entry.setLink(EventCalendar.page(event));
            entry.setUri(EventCalendar.uid(event));
            entry.setPublishedDate(Date.from(event.getStartsAt()));
            entry.setUpdatedDate(Date.from(event.getModified()));
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(WHEN.format(event.getStartsInZone()) + " (" + event.getZoneId() + ")" + (event.getPlace() == null ? "" : " — " + event.getPlace()) + "\n"
                    + RichText.plainText(event.getDescription()));
            entry.setDescription(description);
            return entry;
        }).toList());
        response.setContentType("application/rss+xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            new SyndFeedOutput().output(feed, response.getWriter());
        }
        catch (FeedException e) {
            throw new IOException(e);
        }
    }
}

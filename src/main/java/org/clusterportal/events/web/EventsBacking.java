package org.clusterportal.events.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.CalendarFeeds;
import org.clusterportal.events.Event;
import org.clusterportal.events.EventFilter;
import org.clusterportal.events.EventService;
import org.clusterportal.events.EventStatus;
import org.clusterportal.events.EventType;
import org.clusterportal.events.RegistrationDesk;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.web.ViewerZone;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;

/**
 * events/index.xhtml: the events this person may see, filtered and paged in the database. View-scoped for the
 * filter and the table's page; the filter's choices are read per request ({@link EventChoices}).
 */
@Named
@ViewScoped
public class EventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages events are usually held in, first in the filter and the form. */
    static final List<String> LANGUAGES = List.of("pl", "en", "de", "cs", "sk", "uk", "fr", "es", "it", "lt", "lv", "hu", "ro", "bg");

    @Inject
    private EventService eventService;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private CalendarFeeds feeds;

    @Inject
    private EventChoices choices;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private ViewerZone viewerZone;

    private final EventFilter filter = new EventFilter();
    /** The confirmed seats of the page on screen, counted in one query when the page is loaded. */
    private Map<Long, Long> confirmed = new HashMap<>();
    private PagedList<Event> events;
    private boolean organiser;
    private String feedToken;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        ZoneId zone = viewerZone.getZone();
        events = new PagedList<>(() -> eventService.count(viewer, filter, zone), (first, pageSize) -> {
            List<Event> page = eventService.list(viewer, filter, zone, first, pageSize);
            confirmed = desk.confirmedCounts(page.stream().map(Event::getId).toList());
            return page;
        });
        organiser = eventService.canOrganise(viewer);
    }

    /** Seats left, or {@code null} without a limit. */
    public Integer seatsLeft(Event event) {
        return event.seatsLeft(confirmed.getOrDefault(event.getId(), 0L));
    }

    public EventStatus status(Event event) {
        return event.statusAt(Instant.now());
    }

    /** Shows (and makes, the first time) the address of the person's calendar feed. */
    public void showFeed() {
        feedToken = feeds.calendarToken(currentPerson.viewer());
    }

    /** A new address: calendars subscribed to the old one stop receiving. */
    public void renewFeed() {
        feedToken = feeds.renewCalendarToken(currentPerson.viewer());
    }

    public String getFeedToken() {
        return feedToken;
    }

    public EventFilter getFilter() {
        return filter;
    }

    public PagedList<Event> getEvents() {
        return events;
    }

    public List<SelectItem> getAgreements() {
        return choices.agreementsToFilter();
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public boolean isOrganiser() {
        return organiser;
    }
}

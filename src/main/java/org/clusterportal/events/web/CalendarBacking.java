package org.clusterportal.events.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.Event;
import org.clusterportal.events.EventService;
import org.clusterportal.events.EventStatus;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.web.ViewerZone;
import org.clusterportal.platform.security.Viewer;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * events/calendar.xhtml: month, week and list views that load only the range on screen, in the viewer's zone.
 * Request-scoped: the schedule asks for each range in a request of its own, which needs nothing from the last.
 */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    private EventService eventService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private ViewerZone viewerZone;

    private ScheduleModel model;
    private String zoneId;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        zoneId = viewerZone.getZoneId();
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                ZoneId zone = ZoneId.of(zoneId);
                for (Event event : eventService.between(viewer, start.atZone(zone).toInstant(), end.atZone(zone).toInstant())) {
                    addEvent(DefaultScheduleEvent.builder()
                            .id(String.valueOf(event.getId()))
                            .title(event.getTitle())
                            .startDate(LocalDateTime.ofInstant(event.getStartsAt(), zone))
                            .endDate(LocalDateTime.ofInstant(event.getEndsAt(), zone))
                            .url(context + "/events/view.xhtml?id=" + event.getId())
                            .styleClass("event-" + event.getType() + (event.getStatus() == EventStatus.CANCELLED ? " event-cancelled" : ""))
                            .editable(false)
                            .build());
                }
            }
        };
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getZoneId() {
        return zoneId;
    }
}

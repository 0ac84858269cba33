package org.clusterportal.events.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clusterportal.events.Event;
import org.clusterportal.events.EventCalendar;
import org.clusterportal.events.EventService;
import org.clusterportal.events.ParticipantExport;
import org.clusterportal.events.ParticipantList;
import org.clusterportal.events.Registration;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.Language;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.security.Viewer;

/**
 * Files of one event for signed-in people (under /events/, which web.xml keeps for members):
 * {@code event.ics?id=} for whoever may see the event, {@code participants.csv?id=} and
 * {@code participants.xlsx?id=} for its organisers. Anything else, or an event the person may not see, is 404.
 */
@WebServlet(urlPatterns = { "/events/event.ics", "/events/participants.csv", "/events/participants.xlsx" })
public class EventFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService eventService;

    @Inject
    private ParticipantList participants;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = currentPerson.viewer();
        Optional<Event> found = id(request).flatMap(id -> eventService.find(viewer, id));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Event event = found.get();
        response.setHeader("Cache-Control", "private, no-store");
        String path = request.getServletPath();
        if (path.endsWith(".ics")) {
            response.setContentType("text/calendar; charset=UTF-8");
            response.setHeader("Content-Disposition", FileNames.attachment("event-" + event.getId() + ".ics"));
            String text = EventCalendar.write(List.of(new EventCalendar.Entry(event, eventService.onlineLinkFor(viewer, event))),
                    event.getTitle());
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!eventService.canEdit(viewer, event)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle("org.clusterportal.i18n.messages", locale(request));
        List<Registration> registrations = participants.registrations(viewer, event.getId());
        List<List<String>> rows = ParticipantExport.rows(event, registrations,
                List.of(bundle.getString("person.firstName"), bundle.getString("person.lastName"), bundle.getString("person.email"),
                        bundle.getString("registration.state"), bundle.getString("registration.arrival"), bundle.getString("registration.attended")),
                state -> bundle.getString("registration.state." + state));
        String name = "participants-" + event.getId();
        if (path.endsWith(".csv")) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", FileNames.attachment(name + ".csv"));
            ParticipantExport.csv(rows, response.getOutputStream());
        }
        else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", FileNames.attachment(name + ".xlsx"));
            ParticipantExport.xlsx(rows, event.getTitle(), response.getOutputStream());
        }
    }

    /** The language the browser asks for, if the portal speaks it. */
    private static Locale locale(HttpServletRequest request) {
        return Language.of(request.getLocale().toLanguageTag()).orElse(Language.EN).locale();
    }

    static Optional<Long> id(HttpServletRequest request) {
        String id = request.getParameter("id");
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(id));
    }
}

package org.clusterportal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.NoticeKind;

/** Once a day, the reminder of tomorrow's events to the people with a seat. */
@Singleton
public class EventReminders {

    private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Seats seats;

    @Inject
    private EventNotices notices;

    // Not persistent: a timer missed while the portal was down is not made up (the window moves with the day).
    @Schedule(hour = "8", minute = "0", persistent = false)
    void remind() {
        int told = remindOfTomorrow(Instant.now());
        LOG.info(() -> "Event reminders: " + told + " people");
    }

    /**
     * Tells the people with a seat at a published event starting 12 to 36 hours after {@code now}: run once a
     * day, each event falls in one run's window, the day before it; an event is reminded of once, whichever
     * node runs first.
     */
    public int remindOfTomorrow(@NotNull Instant now) {
        List<Event> events = entityManager.createQuery(
                "select e from Event e where e.status = :published and e.startsAt >= :from and e.startsAt < :to", Event.class)
                .setParameter("published", EventStatus.PUBLISHED)
                .setParameter("from", now.plus(Duration.ofHours(12)))
                .setParameter("to", now.plus(Duration.ofHours(36)))
                .getResultList();
        int told = 0;
        for (Event listed : events) {
            // Every node runs the timer: the first to lock the event and record the reminder sends it.
            Event event = seats.locked(listed.getId()).orElse(null);
            if (event == null || remindedOf(event)) {
                continue;
            }
            entityManager.createNativeQuery("insert into event_reminder (event_id, sent_at) values (?, ?)")
                    .setParameter(1, event.getId()).setParameter(2, java.sql.Timestamp.from(now)).executeUpdate();
            Set<Long> confirmed = new HashSet<>(entityManager.createQuery(
                    "select r.person.id from Registration r where r.event = :event and r.state = :confirmed", Long.class)
                    .setParameter("event", event)
                    .setParameter("confirmed", RegistrationState.CONFIRMED)
                    .getResultList());
            if (!confirmed.isEmpty()) {
                notices.tell(NoticeKind.EVENT_REMINDER, confirmed, event, null, null);
                told += confirmed.size();
            }
        }
        return told;
    }

    private boolean remindedOf(Event event) {
        return ((Number) entityManager.createNativeQuery("select count(*) from event_reminder where event_id = ?")
                .setParameter(1, event.getId()).getSingleResult()).longValue() > 0;
    }
}

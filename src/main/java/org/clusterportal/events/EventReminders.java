package org.clusterportal.events;

import java.time.Instant;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Once a day, the reminder of tomorrow's events to the people with a seat. */
@Singleton
public class EventReminders {

    @Inject
    private EventService events;

    // Not persistent: a timer missed while the portal was down is not made up (the window moves with the day).
    @Schedule(hour = "8", minute = "0", persistent = false)
    void remind() {
        events.remindOfTomorrow(Instant.now());
    }
}

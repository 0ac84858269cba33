package org.clusterportal.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.notifications.NotificationService;
import org.clusterportal.people.CurrentPerson;

/** The bell in the header: the signed-in person's unread notifications, counted once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationService notificationService;

    @Inject
    private CurrentPerson currentPerson;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notificationService.unreadCount(currentPerson.viewer());
        }
        return unread;
    }

    /**
     * Counts again at the next read: a notification marked read by ajax must lower the badge in the same answer,
     * and the page had already asked for the count before the action (to decide what to render).
     */
    void recount() {
        unread = null;
    }

    /** "99+" beyond 99, so that the badge keeps its size. */
    public String getBadge() {
        return getUnread() > 99 ? "99+" : String.valueOf(getUnread());
    }
}

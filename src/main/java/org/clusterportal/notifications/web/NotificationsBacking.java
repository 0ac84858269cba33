package org.clusterportal.notifications.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.notifications.Letters;
import org.clusterportal.notifications.Notification;
import org.clusterportal.notifications.NotificationService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;
import org.omnifaces.util.Faces;

/** notifications/index.xhtml: the signed-in person's notifications, newest first; open one, mark read. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notificationService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private NotificationBell bell;

    private PagedList<Notification> notifications;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        notifications = new PagedList<>(() -> notificationService.count(viewer),
                (first, pageSize) -> notificationService.list(viewer, first, pageSize));
    }

    /** Marks it read and goes to its object. */
    public void open(Notification notification) throws IOException {
        notificationService.markRead(currentPerson.viewer(), notification.getId());
        Faces.redirect(Faces.getRequestContextPath() + notification.getPath());
    }

    public void markRead(Notification notification) {
        notificationService.markRead(currentPerson.viewer(), notification.getId());
        bell.recount();
    }

    public String markAllRead() {
        notificationService.markAllRead(currentPerson.viewer());
        Feedback.info("notifications.allRead");
        return "/notifications/index?faces-redirect=true";
    }

    /** "A comment on „Title”" in the page's language. */
    public String line(Notification notification) {
        return Letters.line(notification, Faces.getLocale());
    }

    public PagedList<Notification> getNotifications() {
        return notifications;
    }
}

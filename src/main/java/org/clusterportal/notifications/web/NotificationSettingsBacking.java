package org.clusterportal.notifications.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.notifications.Delivery;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.NotificationPreferences;
import org.clusterportal.notifications.NotificationService;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;
import org.omnifaces.util.Faces;

/**
 * notifications/settings.xhtml: how the person hears about each kind of notification. Reached from the profile
 * when signed in, or from the link in any e-mail ({@code ?token=…}), which works without logging in.
 */
@Named
@ViewScoped
public class NotificationSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notificationService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private AuditLog auditLog;

    private String token;
    /** Whether the page was opened (its view action ran): from then on its id is the view's. */
    private boolean opened;
    private String personName;
    private List<Choice> choices;

    /** One kind and how it is delivered; a JavaBean, as the page reads and writes it. */
    public static class Choice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final NoticeKind kind;
        private Delivery delivery;

        Choice(NoticeKind kind, Delivery delivery) {
            this.kind = kind;
            this.delivery = delivery;
        }

        public NoticeKind getKind() {
            return kind;
        }

        public Delivery getDelivery() {
            return delivery;
        }

        public void setDelivery(Delivery delivery) {
            this.delivery = delivery;
        }
    }

    /** 404 for a token that names nobody (an old e-mail's link after the token was renewed). */
    public void load() throws IOException {
        opened = true;
        NotificationPreferences preferences;
        if (token != null && !token.isBlank()) {
            preferences = NotFoundException.unless(token, notificationService::preferencesByToken);
        }
        else if (currentPerson.isLoggedIn()) {
            preferences = notificationService.preferencesOf(currentPerson.viewer());
        }
        else {
            Faces.redirect(Faces.getRequestContextPath() + "/login");
            return;
        }
        personName = preferences.getPerson().getDisplayName();
        choices = new ArrayList<>();
        preferences.getDeliveries().forEach((kind, delivery) -> choices.add(new Choice(kind, delivery)));
    }

    public String save() {
        Map<NoticeKind, Delivery> chosen = new java.util.EnumMap<>(NoticeKind.class);
        choices.forEach(choice -> chosen.put(choice.getKind(), choice.getDelivery()));
        if (token != null && !token.isBlank()) {
            notificationService.chooseByToken(token, chosen);
        }
        else {
            notificationService.choose(currentPerson.viewer(), chosen);
        }
        Feedback.info("notifications.settings.saved");
        return "/notifications/settings?faces-redirect=true" + (token == null || token.isBlank() ? "" : "&token=" + token);
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public String getToken() {
        return token;
    }

    /**
     * The view's {@link ViewId}: a postback naming another settings link is refused here, before the choices
     * read for the first link are saved under the other.
     */
    public void setToken(String token) {
        String shown = this.token;
        this.token = ViewId.keep(opened, shown, token, () -> auditLog.refusal(currentPerson.viewer(),
                "Notification settings of another link posted from the settings page of a link"));
    }

    public String getPersonName() {
        return personName;
    }

    public List<Choice> getChoices() {
        return choices;
    }
}

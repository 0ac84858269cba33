package org.clusterportal.notifications;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import org.clusterportal.people.Language;
import org.clusterportal.people.Person;
import org.clusterportal.platform.text.PlainText;
import org.clusterportal.platform.web.PortalAddress;

/**
 * Writes the e-mails, in the recipient's language (Polish when they have not chosen), from the same bundles as
 * the pages: a plain-text part and an HTML part with everything people wrote escaped, an absolute link to the
 * object and a link to the recipient's settings. The settings link is {@link #SETTINGS_URL} until the outbox
 * sender puts in the person's own (their settings token may not exist yet when the letter is written).
 */
@ApplicationScoped
public class Letters {

    /** Stands for the recipient's settings link in a stored letter; {@link Outbox} replaces it when sending. */
    public static final String SETTINGS_URL = "[[settings-url]]";

    private static final String BUNDLE = "org.clusterportal.i18n.messages";

    public Letter about(Person recipient, Notification notification) {
        Texts texts = texts(recipient);
        String line = texts.notice(notification);
        String url = PortalAddress.absolute(notification.getPath());
        StringBuilder text = new StringBuilder(line).append("\n\n");
        StringBuilder html = new StringBuilder("<p style=\"font-size:16px\"><strong>").append(PlainText.escape(line)).append("</strong></p>");
        if (notification.getActorName() != null) {
            String by = texts.format("email.by", notification.getActorName());
            text.append(by).append("\n");
            html.append("<p style=\"color:#555\">").append(PlainText.escape(by)).append("</p>");
        }
        if (notification.getText() != null) {
            text.append("\n").append(notification.getText()).append("\n");
            html.append("<blockquote style=\"border-left:3px solid #ccc;margin:0;padding:0 12px\">")
                    .append(PlainText.toHtml(notification.getText())).append("</blockquote>");
        }
        text.append("\n").append(texts.get("email.open")).append(": ").append(url).append("\n");
        html.append("<p><a href=\"").append(PlainText.escape(url)).append("\">").append(PlainText.escape(texts.get("email.open")))
                .append("</a></p>");
        return new Letter("[" + texts.get("portal.name") + "] " + line, textFooter(texts, text), htmlFooter(texts, html));
    }

    public Letter digest(Person recipient, List<Notification> notifications, Delivery which) {
        Texts texts = texts(recipient);
        String title = texts.format("email.digest." + which.name(), notifications.size());
        StringBuilder text = new StringBuilder(title).append("\n\n");
        StringBuilder html = new StringBuilder("<p style=\"font-size:16px\"><strong>").append(PlainText.escape(title))
                .append("</strong></p><ul>");
        for (Notification notification : notifications) {
            String line = texts.notice(notification);
            String url = PortalAddress.absolute(notification.getPath());
            text.append("- ").append(line).append("\n  ").append(url).append("\n");
            html.append("<li><a href=\"").append(PlainText.escape(url)).append("\">").append(PlainText.escape(line)).append("</a>");
            if (notification.getText() != null) {
                text.append("  ").append(notification.getText().replace("\n", "\n  ")).append("\n");
                html.append("<br/><span style=\"color:#555\">").append(PlainText.toHtml(notification.getText())).append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
        return new Letter("[" + texts.get("portal.name") + "] " + title, textFooter(texts, text), htmlFooter(texts, html));
    }

    private static String textFooter(Texts texts, StringBuilder text) {
        return text.append("\n--\n").append(texts.get("email.settings")).append(": ").append(SETTINGS_URL).append("\n").toString();
    }

    private static String htmlFooter(Texts texts, StringBuilder html) {
        String body = html.append("<hr/><p style=\"color:#777;font-size:12px\"><a href=\"").append(SETTINGS_URL).append("\">")
                .append(PlainText.escape(texts.get("email.settings"))).append("</a></p>").toString();
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/></head><body style=\"font-family:sans-serif\">"
                + body + "</body></html>";
    }

    /** What a notification says, in a language of the portal's. */
    public static String line(Notification notification, Locale locale) {
        return texts(Language.of(locale.toLanguageTag()).orElse(Language.PL)).notice(notification);
    }

    private static Texts texts(Person recipient) {
        return texts(recipient.getLanguage() == null ? Language.PL : recipient.getLanguage());
    }

    private static Texts texts(Language language) {
        return new Texts(ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), language.locale());
    }

    /** The bundle of one language. */
    record Texts(ResourceBundle bundle, Locale locale) {

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), locale).format(arguments);
        }

        String notice(Notification notification) {
            return format("notice." + notification.getKind().name(), notification.getSubjectTitle());
        }
    }
}

package org.clusterportal.notifications;

import java.util.Properties;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.clusterportal.platform.PortalSettings;
import org.clusterportal.platform.text.HeaderText;

/**
 * Sends one e-mail through the server's mail session {@code java:jboss/mail/portal} (host, port, TLS and sender
 * from the environment, see configure-server.cli): a plain-text and an HTML alternative, and the outbox row's
 * own Message-ID, so that the same message sent twice after a crash is recognisable as one.
 */
@ApplicationScoped
public class Mailer {

    /** The mail session sets no time-outs: without them a silent SMTP server would hold the sender for ever. */
    private static final String TIMEOUT_MILLIS = "20000";

    @Resource(lookup = "java:jboss/mail/portal")
    private Session session;

    public void send(Outbox.Claimed letter) throws MessagingException {
        Properties properties = new Properties();
        properties.putAll(session.getProperties());
        for (String protocol : new String[] { "smtp", "smtps" }) {
            properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
            properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        }
        Session withTimeouts = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(withTimeouts) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", letter.messageId());
            }
        };
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to()));
        // Subjects hold titles and names people wrote: a line break in one would start another header line.
        message.setSubject(HeaderText.line(letter.subject()), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(letter.html(), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        String user = PortalSettings.SMTP_USER.find().filter(value -> !value.isBlank()).orElse(null);
        if (user == null) {
            Transport.send(message);
        }
        else {
            Transport.send(message, user, PortalSettings.SMTP_PASSWORD.get());
        }
    }
}

package org.clusterportal.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * One e-mail waiting in the outbox, written in the transaction of the change that caused it. Its Message-ID
 * is fixed when it is written, so every attempt to send it carries the same one.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** After this many failed attempts a message is given up (FAILED) and stays for an admin to read. */
    public static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private Person recipient;

    @Column(name = "to_address", nullable = false, length = Person.EMAIL_LENGTH, updatable = false)
    private String toAddress;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 200000, updatable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 400000, updatable = false)
    private String htmlBody;

    @Column(name = "message_id", nullable = false, unique = true, length = 200, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** Where the outbox stands with a message. */
    public enum OutboxStatus {
        PENDING,
        SENT,
        FAILED
    }

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(Person recipient, Letter letter, String domain, Instant now) {
        this.recipient = recipient;
        this.toAddress = recipient.getEmail();
        this.subject = Notification.cut(letter.subject(), 300);
        this.textBody = letter.text();
        this.htmlBody = letter.html();
        this.messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** Claimed by a sender until {@code until}; then due again, should that sender never report back. */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    void sent(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Another attempt after 30 s, 1 min, 2 min, … at most 6 h apart; given up after {@link #MAX_ATTEMPTS}. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "" : Notification.cut(error, 1000);
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
            return;
        }
        nextAttemptAt = now.plus(backOff(attempts));
    }

    /**
     * An administrator's "try again now": due at once with a full set of attempts (a given-up message comes back
     * to the sender). A sent message is not sent twice.
     */
    void retry(Instant now) {
        if (status == OutboxStatus.SENT) {
            throw new BusinessException("outbox.retry.sent");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    static Duration backOff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    public Person getRecipient() {
        return recipient;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getMessageId() {
        return messageId;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}

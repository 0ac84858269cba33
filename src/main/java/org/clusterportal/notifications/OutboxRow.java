package org.clusterportal.notifications;

import java.io.Serializable;
import java.time.Instant;

import org.clusterportal.notifications.OutboxMessage.OutboxStatus;

/**
 * One line of the administrators' outbox list: what they read of an e-mail, without its bodies (up to 600 kB a
 * message, which a page of 25 must not load). A JavaBean, as pages cannot read records.
 */
public class OutboxRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String toAddress;
    private final String subject;
    private final OutboxStatus status;
    private final int attempts;
    private final String lastError;
    private final Instant created;
    private final Instant nextAttemptAt;
    private final Instant sentAt;

    public OutboxRow(long id, String toAddress, String subject, OutboxStatus status, int attempts, String lastError,
            Instant created, Instant nextAttemptAt, Instant sentAt) {
        this.id = id;
        this.toAddress = toAddress;
        this.subject = subject;
        this.status = status;
        this.attempts = attempts;
        this.lastError = lastError;
        this.created = created;
        this.nextAttemptAt = nextAttemptAt;
        this.sentAt = sentAt;
    }

    /** Whether an administrator may send it again now: it has not gone out. */
    public boolean isRetriable() {
        return status != OutboxStatus.SENT;
    }

    public long getId() {
        return id;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreated() {
        return created;
    }

    /** When the sender tries it next; only meaningful while it waits. */
    public Instant getNextAttemptAt() {
        return status == OutboxStatus.PENDING ? nextAttemptAt : null;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

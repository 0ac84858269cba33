package org.clusterportal.notifications;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.clusterportal.platform.PortalSettings;

/**
 * Delivers the outbox: every {@code PORTAL_OUTBOX_INTERVAL} seconds it claims the due messages, sends them and
 * marks them sent, or due again later when the SMTP server refuses (back-off in {@link OutboxMessage}). Sending
 * happens outside any transaction, so a slow SMTP server holds no database lock. Also runs the digests: daily
 * at 6:00 and weekly on Monday at 6:30 (server time). Timers are not persistent: each node starts its own, and
 * the claims keep them from sending the same message.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    private TimerService timerService;

    @Inject
    private Outbox outbox;

    @Inject
    private Mailer mailer;

    @Inject
    private Digests digests;

    /** One round at a time on this node: a round still sending when the timer fires again is not doubled. */
    private final AtomicBoolean sending = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = Math.max(1, Long.parseLong(PortalSettings.OUTBOX_INTERVAL.get())) * 1000;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
    }

    @Timeout
    void onTimer() {
        sendDue();
    }

    /** Sends what is due now; returns how many were sent (0 when another round is under way on this node). */
    public int sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return 0;
        }
        int sent = 0;
        try {
            List<Outbox.Claimed> claimed;
            do {
                claimed = outbox.claimDue(BATCH);
                for (Outbox.Claimed letter : claimed) {
                    try {
                        mailer.send(letter);
                    }
                    catch (MessagingException | RuntimeException refused) {
                        LOG.log(Level.WARNING, "E-mail {0} not sent, will retry: {1}", new Object[] { letter.id(), refused.toString() });
                        outbox.failed(letter.id(), refused.toString());
                        continue;
                    }
                    outbox.sent(letter.id());
                    sent++;
                }
            }
            while (claimed.size() == BATCH);
        }
        finally {
            sending.set(false);
        }
        return sent;
    }

    @Schedule(hour = "6", minute = "0", persistent = false)
    void daily() {
        sendDigests(Notification.DigestState.DAILY);
    }

    @Schedule(dayOfWeek = "Mon", hour = "6", minute = "30", persistent = false)
    void weekly() {
        sendDigests(Notification.DigestState.WEEKLY);
    }

    /** Writes the digests of everybody waiting for this one into the outbox, a person at a time. */
    public void sendDigests(Notification.DigestState which) {
        for (Long personId : digests.peopleWaitingFor(which)) {
            digests.send(personId, which);
        }
    }
}

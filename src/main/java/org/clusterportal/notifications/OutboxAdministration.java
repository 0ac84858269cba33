package org.clusterportal.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.OutboxMessage.OutboxStatus;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The outbox as administrators see it: the e-mails waiting, sent and given up, newest first, a page at a time
 * from the database, and "try again now" for one that has not gone out. Only administrators, asked in every
 * method.
 */
@Stateless
public class OutboxAdministration {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditLog auditLog;

    /** The messages in that state (every state when {@code null}), newest first. */
    public List<OutboxRow> list(@NotNull Viewer viewer, OutboxStatus status, @Min(0) int first, @Min(1) @Max(200) int pageSize) {
        requireAdmin(viewer);
        return query("select new org.clusterportal.notifications.OutboxRow(m.id, m.toAddress, m.subject, m.status, "
                + "m.attempts, m.lastError, m.created, m.nextAttemptAt, m.sentAt) from OutboxMessage m",
                status, " order by m.created desc, m.id desc", OutboxRow.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, OutboxStatus status) {
        requireAdmin(viewer);
        return query("select count(m) from OutboxMessage m", status, "", Long.class).getSingleResult();
    }

    /**
     * Makes a waiting or given-up message due now with a full set of attempts, for the sender's next round; audited.
     * Anyone else is refused (and that is audited too).
     */
    public void retry(@NotNull Viewer viewer, long id) {
        if (!viewer.admin()) {
            throw auditLog.refusal(viewer, "Outbox retry " + id);
        }
        // Locked: the sender's claim of the same row waits, so it is not leased and reset at once.
        OutboxMessage message = NotFoundException.unless(id,
                key -> Optional.ofNullable(entityManager.find(OutboxMessage.class, key, LockModeType.PESSIMISTIC_WRITE)));
        String before = message.getStatus() + " after " + message.getAttempts() + " attempts";
        message.retry(Instant.now());
        auditLog.record(viewer, AuditAction.OUTBOX_RETRIED, "outbox", id, before + ": " + message.getToAddress());
    }

    private <T> TypedQuery<T> query(String select, OutboxStatus status, String order, Class<T> type) {
        return new Where().andIf(status, "m.status = :status", "status").query(entityManager, select, order, type);
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Outbox");
        }
    }
}

package org.clusterportal.notifications;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.notifications.OutboxMessage.OutboxStatus;
import org.clusterportal.platform.health.HealthReport;

/**
 * The outbox's backlog on the health page: how many e-mails wait, how long the oldest has waited (seconds; 0
 * when none), how many were given up. Counts only, on the (status, created) index.
 */
@ApplicationScoped
public class OutboxBacklog implements HealthReport {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public JsonObject report() {
        // The first row of the (status, created) index rather than min(): the column's own mapping reads the value.
        long age = entityManager.createQuery(
                "select m.created from OutboxMessage m where m.status = :pending order by m.created, m.id", Instant.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(oldest -> Math.max(0, Duration.between(oldest, Instant.now()).toSeconds()))
                .orElse(0L);
        return Json.createObjectBuilder()
                .add("waiting", count(OutboxStatus.PENDING))
                .add("oldestWaitingSeconds", age)
                .add("givenUp", count(OutboxStatus.FAILED))
                .build();
    }

    private long count(OutboxStatus status) {
        return entityManager.createQuery("select count(m) from OutboxMessage m where m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }
}

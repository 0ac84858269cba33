package org.clusterportal.platform.health;

import jakarta.json.JsonObject;

/**
 * What a feature adds to the health page beside the probes (the outbox's backlog), under its name. An interface
 * because the platform must not import the features: they implement it, the health resource finds them all.
 * A report never decides readiness: a backlog is something to look at, not a reason to stop serving.
 */
public interface HealthReport {

    /** The field the report appears under. */
    String name();

    /** The figures, read now; cheap enough for a probe every few seconds (count queries on an index). */
    JsonObject report();
}

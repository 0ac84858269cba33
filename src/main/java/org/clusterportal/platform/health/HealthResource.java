package org.clusterportal.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.clusterportal.platform.persistence.DatabaseMigrator;

/**
 * Probes for an orchestrator: {@code /api/health/live} answers while the application runs; {@code
 * /api/health/ready} only when the schema is migrated and the database answers, else 503. {@code /api/health}
 * answers as ready does and adds what the features report ({@link HealthReport}: the outbox's backlog), for
 * people and monitoring; a report never changes the status.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    @Any
    private Instance<HealthReport> reports;

    @GET
    public Response health() {
        boolean ready = migrator.isMigrated() && databaseAnswers();
        JsonObjectBuilder body = Json.createObjectBuilder(status(ready ? "UP" : "DOWN"));
        if (ready) {
            for (HealthReport report : reports) {
                try {
                    body.add(report.name(), report.report());
                }
                catch (RuntimeException unreadable) {
                    // A report that cannot be read is left out: the probe itself must still answer.
                    LOG.log(Level.WARNING, "Health report " + report.name() + " not read", unreadable);
                }
            }
        }
        return Response.status(ready ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body.build())
                .build();
    }

    @GET
    @Path("live")
    public JsonObject live() {
        return status("UP");
    }

    @GET
    @Path("ready")
    public Response ready() {
        boolean ready = migrator.isMigrated() && databaseAnswers();
        return Response.status(ready ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(status(ready ? "UP" : "DOWN"))
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        }
        catch (SQLException e) {
            LOG.log(Level.WARNING, "Database not ready", e);
            return false;
        }
    }

    private static JsonObject status(String status) {
        return Json.createObjectBuilder().add("status", status).build();
    }
}

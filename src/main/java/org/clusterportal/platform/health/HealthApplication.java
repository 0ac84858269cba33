package org.clusterportal.platform.health;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's HTTP API root; today only the health probes live under it. */
@ApplicationPath("/api")
public class HealthApplication extends Application {
}

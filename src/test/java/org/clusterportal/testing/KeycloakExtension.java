package org.clusterportal.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure the development Keycloak answers before a test that logs in: reuses one already running (the run
 * command's, say) or starts it with the run command's own script, once for the whole suite, and stops what it
 * started when the suite ends.
 */
public class KeycloakExtension implements BeforeAllCallback {

    private static final Logger LOG = Logger.getLogger(KeycloakExtension.class.getName());
    private static final Duration STARTUP = Duration.ofMinutes(3);

    public static final String PORT = System.getProperty("portal.keycloak.port", "8180");
    public static final String URL = "http://127.0.0.1:" + PORT;
    public static final String REALM_URL = URL + "/realms/cluster-portal";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KeycloakExtension.class.getName(), key -> start(), AutoCloseable.class);
    }

    private static AutoCloseable start() {
        if (answers()) {
            LOG.info("Keycloak already answers at " + URL + ": using it");
            return () -> {
            };
        }
        String basedir = System.getProperty("portal.basedir", ".");
        ProcessBuilder builder = new ProcessBuilder("bash", basedir + "/src/main/run/keycloak.sh")
                .redirectErrorStream(true)
                .redirectOutput(new File(basedir, "target/keycloak.log"));
        builder.environment().put("PORTAL_KEYCLOAK_HOME", System.getProperty("portal.keycloak.home"));
        builder.environment().put("PORTAL_KEYCLOAK_PORT", PORT);
        try {
            Process keycloak = builder.start();
            Instant deadline = Instant.now().plus(STARTUP);
            while (!answers()) {
                if (!keycloak.isAlive() || Instant.now().isAfter(deadline)) {
                    keycloak.destroyForcibly();
                    throw new IllegalStateException("Keycloak did not start; see target/keycloak.log");
                }
                TimeUnit.SECONDS.sleep(1);
            }
            LOG.info("Keycloak started at " + URL);
            return () -> {
                keycloak.destroy();
                if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                    keycloak.destroyForcibly();
                }
            };
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot start Keycloak", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(REALM_URL)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.clusterportal.platform;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's own settings. Each is read from a system property first (tests, {@code -D}) and then from an
 * environment variable (containers, the run command); the names are listed here once, and the compose file
 * of {@code docker/} is checked against them by a test.
 */
public enum PortalSettings {

    OIDC_PROVIDER_URL("portal.oidc.provider-url", "PORTAL_OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/cluster-portal"),
    OIDC_CLIENT_ID("portal.oidc.client-id", "PORTAL_OIDC_CLIENT_ID", "cluster-portal"),
    /** No default: a production secret never lives in the repository; the run command passes the development one. */
    OIDC_CLIENT_SECRET("portal.oidc.client-secret", "PORTAL_OIDC_CLIENT_SECRET", null),
    /** The service-account client through which the administration pages use Keycloak's admin API. */
    ADMIN_CLIENT_ID("portal.admin.client-id", "PORTAL_ADMIN_CLIENT_ID", "cluster-portal-admin"),
    /** No default, like the login client's: the run command and the tests pass the development one. */
    ADMIN_CLIENT_SECRET("portal.admin.client-secret", "PORTAL_ADMIN_CLIENT_SECRET", null),
    /** Loads the seeds' clusters and agreements into an empty database (the run command turns it on). */
    DEMO_DATA("portal.demo-data", "PORTAL_DEMO_DATA", "false"),
    /**
     * Where uploaded files live: outside the web root and the WAR, so no URL reaches them except the portal's
     * download servlets, which check access. The default is under the server's data directory.
     */
    FILES_DIR("portal.files-dir", "PORTAL_FILES_DIR", "${jboss.server.data.dir}/portal-files"),
    /**
     * The portal's address as people reach it (no trailing slash needed): every absolute link is written from it
     * (platform.web.PortalAddress), never from the request's Host header.
     */
    BASE_URL("portal.base-url", "PORTAL_BASE_URL", "http://localhost:8080"),
    /**
     * The SMTP account, when the server asks for one: given to the connection by the portal (host, port, TLS
     * and sender are the mail session's, in configure-server.cli), since a mail session with an empty user
     * name would still try to log in.
     */
    SMTP_USER("portal.smtp.user", "PORTAL_SMTP_USER", ""),
    SMTP_PASSWORD("portal.smtp.password", "PORTAL_SMTP_PASSWORD", ""),
    /** How often, in seconds, the outbox sender looks for e-mail to send (tests make it short). */
    OUTBOX_INTERVAL("portal.outbox.interval", "PORTAL_OUTBOX_INTERVAL", "15");

    /** {@code ${name}} in a value: a system property of the server (a default may name one, as WildFly's do). */
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final String property;
    private final String variable;
    private final String defaultValue;

    PortalSettings(String property, String variable, String defaultValue) {
        this.property = property;
        this.variable = variable;
        this.defaultValue = defaultValue;
    }

    public String variable() {
        return variable;
    }

    public boolean isRequired() {
        return defaultValue == null;
    }

    public Optional<String> find() {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(variable)))
                .filter(value -> !value.isBlank())
                .or(() -> Optional.ofNullable(defaultValue))
                .map(PortalSettings::expand);
    }

    static String expand(String value) {
        return PROPERTY.matcher(value).replaceAll(match -> Matcher.quoteReplacement(
                Optional.ofNullable(System.getProperty(match.group(1))).orElseThrow(() -> new IllegalStateException(
                        "System property " + match.group(1) + " named in a setting is not set"))));
    }

    public String get() {
        return find().orElseThrow(() -> new IllegalStateException(
                "Setting " + variable + " (or -D" + property + ") is required but not set"));
    }

    public boolean isOn() {
        return Boolean.parseBoolean(get());
    }
}

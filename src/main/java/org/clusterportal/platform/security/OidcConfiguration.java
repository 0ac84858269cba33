package org.clusterportal.platform.security;

import java.util.Map;

import org.clusterportal.platform.PortalSettings;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * Configures WildFly's OIDC client from {@link PortalSettings}. Named in {@code web.xml}
 * ({@code oidc.config.resolver}) instead of the subsystem's {@code secure-deployment}, which can read the
 * environment but cannot turn on PKCE, which Keycloak requires of the portal's client.
 */
public class OidcConfiguration implements OidcClientConfigurationResolver {

    private static volatile OidcClientConfiguration configuration;

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        return get();
    }

    /** One configuration per deployment: it caches the provider's metadata and keys. */
    public static OidcClientConfiguration get() {
        OidcClientConfiguration result = configuration;
        if (result == null) {
            synchronized (OidcConfiguration.class) {
                result = configuration;
                if (result == null) {
                    configuration = result = OidcClientConfigurationBuilder.build(settings());
                }
            }
        }
        return result;
    }

    private static OidcJsonConfiguration settings() {
        OidcJsonConfiguration json = new OidcJsonConfiguration();
        json.setProviderUrl(PortalSettings.OIDC_PROVIDER_URL.get());
        json.setClientId(PortalSettings.OIDC_CLIENT_ID.get());
        json.setCredentials(Map.of("secret", PortalSettings.OIDC_CLIENT_SECRET.get()));
        json.setPkce(true);
        // Readable principal names ("anna.nowak"); the person's key is the token's subject.
        json.setPrincipalAttribute("preferred_username");
        json.setSslRequired("external");
        return json;
    }
}
